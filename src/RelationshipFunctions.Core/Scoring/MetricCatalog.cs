namespace RelationshipFunctions.Scoring;

/// <summary>The metrics the engine can compute, by factor group; a model may use any subset.</summary>
public static class MetricCatalog
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByGroup =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["purchase"] =
            [
                "recency", "frequency", "monetary", "breadth",
                LifetimeMetrics.AliveProbability, LifetimeMetrics.ExpectedPurchases, LifetimeMetrics.ExpectedValue,
            ],
            ["engagement"] = ["webVisits", "pageViews", "emailOpens", "emailClicks", "subscribed", "social", "content"],
            ["support"] = ["tickets", "resolutionHours", "csat", "sentiment"],
            ["loyalty"] = ["member", "pointsEarned", "pointsRedeemed", "tier"],
            ["referral"] = ["referrals", "conversions"],
            ["feedback"] = ["nps", "survey", "reviews", "testimonials"],
            ["fit"] = ["industry", "companySize", "location", "role"],
        };

    public static bool IsKnown(string group, string metric) =>
        ByGroup.TryGetValue(group, out var metrics) && metrics.Contains(metric, StringComparer.Ordinal);
}
