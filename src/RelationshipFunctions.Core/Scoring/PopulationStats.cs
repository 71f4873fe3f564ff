namespace RelationshipFunctions.Scoring;

/// <summary>
/// The sorted values of every metric over the scored population, for percentile-rank transforms.
/// Customers without data for a metric are left out of that metric's population.
/// </summary>
public sealed class PopulationStats
{
    private readonly Dictionary<(string Group, string Metric), double[]> _sorted = [];

    public static PopulationStats Build(ScoringModel model, IReadOnlyCollection<CustomerState> states)
    {
        var stats = new PopulationStats();
        foreach (var (groupName, group) in model.Groups)
        {
            foreach (var (metricName, metric) in group.Metrics)
            {
                if (metric.Transform != TransformKind.Percentile)
                {
                    continue;
                }

                var values = new List<double>(states.Count);
                foreach (var state in states)
                {
                    if (MetricValues.Of(state, groupName, metricName, model) is { } value)
                    {
                        values.Add(value);
                    }
                }

                var array = values.ToArray();
                Array.Sort(array);
                stats._sorted[(groupName, metricName)] = array;
            }
        }

        return stats;
    }

    /// <summary>
    /// The mid-rank percentile of <paramref name="value"/>, 0–100: the share of the population below it
    /// plus half the share equal to it, so ties share one score.
    /// </summary>
    public double PercentileRank(string group, string metric, double value)
    {
        if (!_sorted.TryGetValue((group, metric), out var sorted) || sorted.Length == 0)
        {
            return 50;
        }

        var below = LowerBound(sorted, value);
        var notAbove = UpperBound(sorted, value);
        return 100.0 * (below + 0.5 * (notAbove - below)) / sorted.Length;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }
}
