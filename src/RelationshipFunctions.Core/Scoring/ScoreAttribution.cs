namespace RelationshipFunctions.Scoring;

/// <summary>Why a score moved between two runs: the change of each group's points, largest first.</summary>
public static class ScoreAttribution
{
    /// <summary>Group → points now minus points before, rounded to 0.1, groups with no change left out.</summary>
    public static IReadOnlyDictionary<string, double> Between(
        IReadOnlyList<FactorScore> previous,
        IReadOnlyList<FactorScore> current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = Points(previous);
        var after = Points(current);
        return before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Select(group => (Group: group, Delta: Math.Round(after.GetValueOrDefault(group) - before.GetValueOrDefault(group), 1)))
            .Where(entry => entry.Delta != 0)
            .OrderByDescending(entry => Math.Abs(entry.Delta))
            .ThenBy(entry => entry.Group, StringComparer.Ordinal)
            .ToDictionary(entry => entry.Group, entry => entry.Delta, StringComparer.Ordinal);
    }

    /// <summary>The 0–100 score of each group (weighted mean of its scored metrics), null when none had data.</summary>
    public static IReadOnlyDictionary<string, double?> GroupScores(IEnumerable<FactorScore> factors) =>
        factors
            .GroupBy(factor => factor.Group, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => GroupScore(group), StringComparer.Ordinal);

    private static double? GroupScore(IEnumerable<FactorScore> factors)
    {
        var scored = factors.Where(factor => factor.Score is not null && factor.Weight > 0).ToList();
        var weight = scored.Sum(factor => factor.Weight);
        return weight == 0 ? null : Math.Round(scored.Sum(factor => factor.Score!.Value * factor.Weight) / weight, 1);
    }

    private static Dictionary<string, double> Points(IEnumerable<FactorScore> factors) =>
        factors
            .GroupBy(factor => factor.Group, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(factor => factor.Contribution), StringComparer.Ordinal);
}
