namespace RelationshipFunctions.Snapshots;

/// <summary>
/// What the manifest and the report say about a run, gathered row by row in the writer's single pass.
/// Its size depends on the number of tiers, segments and histogram bins, never on the number of customers.
/// </summary>
public sealed class SnapshotStats
{
    /// <summary>Width of a score histogram bin, in points.</summary>
    public const int BinWidth = 5;

    /// <summary>How many customers the report lists among the biggest risers and the biggest fallers.</summary>
    public const int MoverCount = 10;

    /// <summary>The previous-tier name of a customer scored for the first time.</summary>
    public const string NewCustomer = "(new)";

    private readonly PriorityQueue<Mover, double> _risers = new();
    private readonly PriorityQueue<Mover, double> _fallers = new();
    private readonly Dictionary<string, double> _tierFloor = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public int[] Histogram { get; } = new int[100 / BinWidth];

    public SortedDictionary<string, int> TierCounts { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> SegmentCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Customers by (tier before the run, tier after it).</summary>
    public Dictionary<(string From, string To), int> Migrations { get; } = [];

    /// <summary>Days from the most recent purchase of anyone to the as-of time; <c>null</c> without purchases.</summary>
    public int? FreshestRecencyDays { get; private set; }

    /// <summary>Tiers from the highest scores to the lowest, by the lowest score seen in each.</summary>
    public IReadOnlyList<string> TiersHighToLow => [.. _tierFloor.OrderByDescending(pair => pair.Value).Select(pair => pair.Key)];

    public IReadOnlyList<Mover> Risers => Drain(_risers, descending: true);

    public IReadOnlyList<Mover> Fallers => Drain(_fallers, descending: false);

    public void Add(SnapshotRow row)
    {
        Count++;
        TierCounts[row.Tier] = TierCounts.GetValueOrDefault(row.Tier) + 1;
        _tierFloor[row.Tier] = Math.Min(_tierFloor.GetValueOrDefault(row.Tier, double.MaxValue), row.Score);
        if (row.Segment is { } segment)
        {
            SegmentCounts[segment] = SegmentCounts.GetValueOrDefault(segment) + 1;
        }

        Histogram[Math.Clamp((int)(row.Score / BinWidth), 0, Histogram.Length - 1)]++;
        var migration = (row.PreviousTier ?? NewCustomer, row.Tier);
        Migrations[migration] = Migrations.GetValueOrDefault(migration) + 1;
        if (row.RecencyDays is { } recency && (FreshestRecencyDays is null || recency < FreshestRecencyDays))
        {
            FreshestRecencyDays = recency;
        }

        if (row.PreviousScore is { } previous && row.Score != previous)
        {
            var mover = new Mover(row.CustomerId, previous, row.Score, row.PreviousTier, row.Tier);
            Keep(row.Score > previous ? _risers : _fallers, mover, Math.Abs(mover.Change));
        }
    }

    private static void Keep(PriorityQueue<Mover, double> top, Mover mover, double size)
    {
        if (top.Count < MoverCount)
        {
            top.Enqueue(mover, size);
        }
        else if (top.TryPeek(out _, out var smallest) && size > smallest)
        {
            top.DequeueEnqueue(mover, size);
        }
    }

    private static List<Mover> Drain(PriorityQueue<Mover, double> top, bool descending)
    {
        var movers = top.UnorderedItems.Select(item => item.Element);
        return [.. descending
            ? movers.OrderByDescending(mover => mover.Change).ThenBy(mover => mover.CustomerId, StringComparer.Ordinal)
            : movers.OrderBy(mover => mover.Change).ThenBy(mover => mover.CustomerId, StringComparer.Ordinal)];
    }
}

/// <summary>A customer whose score moved between two runs.</summary>
public sealed record Mover(string CustomerId, double From, double To, string? FromTier, string ToTier)
{
    public double Change => To - From;
}
