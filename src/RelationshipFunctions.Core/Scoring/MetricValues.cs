namespace RelationshipFunctions.Scoring;

/// <summary>Reads the raw value of each catalogue metric from a customer's state; null means no data.</summary>
public static class MetricValues
{
    public static double? Of(CustomerState state, string group, string metric) => (group, metric) switch
    {
        ("purchase", "recency") => state.RecencyDays,
        ("purchase", "frequency") => state.PurchaseDays == 0 ? null : state.PurchaseDays,
        ("purchase", "monetary") => state.PurchaseDays == 0 ? null : state.NetSpend,
        ("purchase", "breadth") => state.Categories,
        ("purchase", LifetimeMetrics.AliveProbability) => state.Lifetime?.AliveProbability,
        ("purchase", LifetimeMetrics.ExpectedPurchases) => state.Lifetime?.ExpectedPurchases,
        ("purchase", LifetimeMetrics.ExpectedValue) => state.Lifetime?.ExpectedValue,
        _ => null,
    };
}
