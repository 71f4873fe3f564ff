namespace RelationshipFunctions.Scoring;

/// <summary>A customer's long-term value as of the scoring date.</summary>
/// <param name="AliveProbability">P(alive): the chance the customer has not dropped out, 0–1.</param>
/// <param name="ExpectedPurchases">Expected purchase days over the model's horizon.</param>
/// <param name="ExpectedValue">
/// Expected spend over the horizon (CLV, undiscounted), or null when the spend model could not be fitted.
/// </param>
public sealed record LifetimeEstimate(double AliveProbability, double ExpectedPurchases, double? ExpectedValue);
