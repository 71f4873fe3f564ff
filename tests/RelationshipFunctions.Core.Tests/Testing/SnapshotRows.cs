using RelationshipFunctions.Snapshots;

namespace RelationshipFunctions.Tests.Testing;

/// <summary>Snapshot rows for tests, and a row source that can pause or fail part-way like a real run.</summary>
public static class SnapshotRows
{
    public static SnapshotRow Row(string id, string tier, double score, string? segment = null, double? previousScore = null) =>
        new(id, tier, score, 1, 3, 2, 40.5, new Dictionary<string, double?> { ["purchase"] = score })
        {
            Segment = segment,
            PreviousScore = previousScore,
        };

    public static IEnumerable<SnapshotRow> Population(int count, Func<int, string>? segment = null) =>
        Enumerable.Range(0, count).Select(i => Row($"c-{i:D5}", TierOf(i % 100), i % 100, segment?.Invoke(i)));

    public static string TierOf(double score) => score switch
    {
        >= 80 => "platinum",
        >= 60 => "gold",
        >= 40 => "silver",
        _ => "bronze",
    };

    /// <summary>Yields the rows with a pause after each, and throws after <paramref name="failAfter"/> rows when given.</summary>
    public static async IAsyncEnumerable<SnapshotRow> Slowly(IEnumerable<SnapshotRow> rows, TimeSpan pause, int? failAfter = null)
    {
        var count = 0;
        foreach (var row in rows)
        {
            if (count++ == failAfter)
            {
                throw new InvalidOperationException("The run failed part-way.");
            }

            await Task.Delay(pause);
            yield return row;
        }
    }
}
