namespace RelationshipFunctions.Scoring;

/// <summary>Reads the raw value of each catalogue metric from a customer's state; null means no data.</summary>
public static class MetricValues
{
    private static readonly ScoringModel NoFitTables = new();

    /// <summary>The raw value, with fit metrics scored 0–100 by the model's table of good values.</summary>
    public static double? Of(CustomerState state, string group, string metric, ScoringModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        return (group, metric) switch
        {
            ("purchase", "recency") => state.RecencyDays,
            ("purchase", "frequency") => state.PurchaseDays == 0 ? null : state.PurchaseDays,
            ("purchase", "monetary") => state.PurchaseDays == 0 ? null : state.NetSpend,
            ("purchase", "breadth") => state.Categories,
            ("purchase", LifetimeMetrics.AliveProbability) => state.Lifetime?.AliveProbability,
            ("purchase", LifetimeMetrics.ExpectedPurchases) => state.Lifetime?.ExpectedPurchases,
            ("purchase", LifetimeMetrics.ExpectedValue) => state.Lifetime?.ExpectedValue,
            ("fit", _) => FitOf(state, metric, model ?? NoFitTables),
            _ => state.Activity.TryGetValue(group + "." + metric, out var value) ? value : null,
        };
    }

    private static double? FitOf(CustomerState state, string metric, ScoringModel model) =>
        CustomerStateBuilder.FitAttributes.TryGetValue(metric, out var attribute)
        && state.Profile.TryGetValue(attribute, out var value)
        && model.Fit.TryGetValue(metric, out var table)
            ? table.ScoreOf(value)
            : null;
}
