namespace RelationshipFunctions.Scoring;

/// <summary>
/// One behaviour metric's events, kept per UTC day so that time decay is computed from each event's age at
/// the as-of date: an event <c>d</c> days old weighs <c>2^(−d / half-life)</c>. Amounts are summed as decimals
/// and days are visited in order, so the result does not depend on the order the events arrived in.
/// </summary>
public sealed class DecayedSeries
{
    private readonly SortedDictionary<int, (decimal Sum, int Count)> _days = [];

    /// <summary>Adds one event of <paramref name="amount"/> on <paramref name="day"/>.</summary>
    public void Add(DateOnly day, double amount)
    {
        var entry = _days.GetValueOrDefault(day.DayNumber);
        _days[day.DayNumber] = (entry.Sum + (decimal)amount, entry.Count + 1);
    }

    /// <summary>True when no event was added.</summary>
    public bool IsEmpty => _days.Count == 0;

    /// <summary>The weight of an event <paramref name="ageDays"/> old; 1 when <paramref name="halfLifeDays"/> is 0 (no decay).</summary>
    public static double Weight(int ageDays, double halfLifeDays) =>
        halfLifeDays <= 0 ? 1 : Math.Pow(2, -Math.Max(0, ageDays) / halfLifeDays);

    /// <summary>The decayed number of events.</summary>
    public double Count(DateOnly asOf, double halfLifeDays) => Fold(asOf, halfLifeDays).Count;

    /// <summary>The decayed sum of the amounts.</summary>
    public double Sum(DateOnly asOf, double halfLifeDays) => Fold(asOf, halfLifeDays).Sum;

    /// <summary>The decay-weighted mean amount, recent events weighing more; null when there are none.</summary>
    public double? Mean(DateOnly asOf, double halfLifeDays)
    {
        var (sum, count) = Fold(asOf, halfLifeDays);
        return count > 0 ? sum / count : null;
    }

    private (double Sum, double Count) Fold(DateOnly asOf, double halfLifeDays)
    {
        double sum = 0, count = 0;
        foreach (var (day, entry) in _days)
        {
            var weight = Weight(asOf.DayNumber - day, halfLifeDays);
            sum += weight * (double)entry.Sum;
            count += weight * entry.Count;
        }

        return (sum, count);
    }
}
