namespace RelationshipFunctions.Scoring.Segments;

/// <summary>Gives a customer the first segment of the model whose rule they meet.</summary>
public static class SegmentClassifier
{
    /// <summary>The name used when no rule matches, and for unscored customers.</summary>
    public const string None = "none";

    /// <summary>The first matching segment's name, or <see cref="None"/>.</summary>
    public static string Classify(IReadOnlyList<SegmentRule> rules, SegmentInput input)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(input);
        return rules.FirstOrDefault(rule => Matches(rule, input))?.Name ?? None;
    }

    /// <summary>Whether the customer meets every condition of the rule.</summary>
    public static bool Matches(SegmentRule rule, SegmentInput input)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(input);
        return (rule.Tiers is null || rule.Tiers.Contains(input.Tier, StringComparer.Ordinal))
            && Within(input.Score, rule.MinScore, rule.MaxScore)
            && Within(input.Trend30, rule.MinTrend30, rule.MaxTrend30)
            && Within(input.AliveProbability, rule.MinAliveProbability, rule.MaxAliveProbability)
            && Within(input.RecencyDays, rule.MinRecencyDays, rule.MaxRecencyDays)
            && (rule.MinGroupScores ?? Empty).All(min => Within(input.GroupScores.GetValueOrDefault(min.Key), min.Value, null))
            && (rule.MaxGroupScores ?? Empty).All(max => Within(input.GroupScores.GetValueOrDefault(max.Key), null, max.Value));
    }

    private static readonly Dictionary<string, double> Empty = [];

    private static bool Within(double? value, double? min, double? max)
    {
        if (min is null && max is null)
        {
            return true;
        }

        return value is { } v && (min is null || v >= min) && (max is null || v <= max);
    }
}
