using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Tests.Testing;

/// <summary>Small scoring models and customer states for unit tests, built in code.</summary>
public static class ModelBuilder
{
    public static readonly DateTimeOffset AsOf = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<TierModel> Tiers =
    [
        new("platinum", 80),
        new("gold", 60),
        new("silver", 40),
        new("bronze", 0),
    ];

    public static ScoringModel Purchase(
        IReadOnlyDictionary<string, MetricModel> metrics,
        MissingDataRule missingData = MissingDataRule.Renormalize,
        double neutralScore = 50) => new()
        {
            Version = "test",
            MissingData = missingData,
            NeutralScore = neutralScore,
            Groups = new Dictionary<string, GroupModel>
            {
                ["purchase"] = new() { Weight = 1, Metrics = metrics },
            },
            Tiers = Tiers,
        };

    public static MetricModel Linear(double weight, double min, double max, Direction direction = Direction.HigherIsBetter) =>
        new() { Weight = weight, Transform = TransformKind.Linear, Min = min, Max = max, Direction = direction };

    public static MetricModel Percentile(double weight, Direction direction = Direction.HigherIsBetter) =>
        new() { Weight = weight, Transform = TransformKind.Percentile, Direction = direction };

    public static CustomerState State(
        string customerId,
        int? recencyDays = null,
        int purchaseDays = 0,
        double netSpend = 0,
        int? categories = null) => new()
        {
            CustomerId = customerId,
            AsOf = AsOf,
            LastPurchaseDay = recencyDays is { } days ? DateOnly.FromDateTime(AsOf.UtcDateTime).AddDays(-days) : null,
            FirstPurchaseDay = recencyDays is { } first ? DateOnly.FromDateTime(AsOf.UtcDateTime).AddDays(-first) : null,
            PurchaseDays = purchaseDays,
            PurchaseCount = purchaseDays,
            NetSpend = netSpend,
            Categories = categories,
        };
}
