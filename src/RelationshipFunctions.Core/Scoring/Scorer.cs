namespace RelationshipFunctions.Scoring;

/// <summary>
/// Combines a customer's metrics into a 0–100 score by the model's weights: metrics within a group,
/// then groups. Missing metrics are renormalized away or count as neutral, as the model says; the
/// contributions of a score always add up to the score.
/// </summary>
public sealed class Scorer(ScoringModel model, PopulationStats population)
{
    public ScoringModel Model { get; } = model;

    public CustomerScore Score(CustomerState state)
    {
        var renormalize = Model.MissingData == MissingDataRule.Renormalize;
        var parts = new List<(string Group, string Metric, double? Raw, double? Score, double Weight)>();
        foreach (var (groupName, group) in Model.Groups)
        {
            foreach (var (metricName, metric) in group.Metrics)
            {
                var raw = MetricValues.Of(state, groupName, metricName, Model);
                double? score = raw is { } value
                    ? MetricTransform.Apply(metric, groupName, metricName, value, population)
                    : renormalize ? null : Model.NeutralScore;
                var groupShare = group.Weight / Model.Groups.Values.Sum(g => g.Weight);
                var metricShare = metric.Weight / group.Metrics.Values.Sum(m => m.Weight);
                parts.Add((groupName, metricName, raw, score, groupShare * metricShare));
            }
        }

        var totalWeight = parts.Sum(part => part.Weight);
        var coveredWeight = parts.Where(part => part.Raw is not null).Sum(part => part.Weight);
        var scoredWeight = parts.Where(part => part.Score is not null).Sum(part => part.Weight);
        var factors = parts
            .Select(part =>
            {
                var share = part.Score is null || scoredWeight == 0 ? 0 : part.Weight / scoredWeight;
                return new FactorScore(part.Group, part.Metric, part.Raw, Round(part.Score), Math.Round(share, 4),
                    Math.Round((part.Score ?? 0) * share, 2));
            })
            .ToList();

        var weighted = parts.Where(part => part.Score is not null).Sum(part => part.Score!.Value * part.Weight);
        var overall = scoredWeight == 0 ? 0 : Math.Clamp(Math.Round(weighted / scoredWeight, 1), 0, 100);
        var confidence = totalWeight == 0 ? 0 : Math.Round(coveredWeight / totalWeight, 3);
        // A customer without data for any metric is not scored at all rather than scored 0 (bronze).
        var tier = coveredWeight == 0 ? Tiers.TierAssigner.Unscored : TierOf(overall);
        return new CustomerScore(state.CustomerId, overall, tier, confidence, factors);
    }

    public string TierOf(double score) => Model.Tiers.First(tier => score >= tier.MinScore).Name;

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
