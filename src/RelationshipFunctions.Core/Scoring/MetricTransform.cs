namespace RelationshipFunctions.Scoring;

/// <summary>Maps a raw metric value to 0–100 by the metric's configured transform and direction.</summary>
public static class MetricTransform
{
    public static double Apply(MetricModel metric, string group, string name, double raw, PopulationStats population)
    {
        var score = metric.Transform switch
        {
            TransformKind.Percentile => population.PercentileRank(group, name, raw),
            TransformKind.Linear => 100 * (raw - metric.Min) / (metric.Max!.Value - metric.Min),
            TransformKind.Log => 100 * Math.Log(1 + Math.Max(0, raw - metric.Min)) / Math.Log(1 + metric.Max!.Value - metric.Min),
            TransformKind.Thresholds => Interpolate(metric.Points, raw),
            _ => throw new InvalidOperationException($"Unknown transform {metric.Transform}."),
        };
        score = Math.Clamp(score, 0, 100);
        return metric.Direction == Direction.LowerIsBetter ? 100 - score : score;
    }

    private static double Interpolate(IReadOnlyList<ThresholdPoint> points, double raw)
    {
        if (raw <= points[0].Value)
        {
            return points[0].Score;
        }

        for (var i = 1; i < points.Count; i++)
        {
            if (raw <= points[i].Value)
            {
                var (a, b) = (points[i - 1], points[i]);
                return a.Score + ((b.Score - a.Score) * (raw - a.Value) / (b.Value - a.Value));
            }
        }

        return points[^1].Score;
    }
}
