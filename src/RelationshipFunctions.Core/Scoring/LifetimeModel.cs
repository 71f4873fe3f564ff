namespace RelationshipFunctions.Scoring;

/// <summary>Settings of the long-term value metrics (purchase.aliveProbability, expectedPurchases, expectedValue).</summary>
public sealed record LifetimeModel
{
    /// <summary>The horizon of expected purchases and value, in weeks. Default: 52.</summary>
    public double HorizonWeeks { get; init; } = 52;
}
