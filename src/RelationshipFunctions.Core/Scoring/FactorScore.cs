namespace RelationshipFunctions.Scoring;

/// <summary>One metric's part in a customer's score.</summary>
/// <param name="Group">The factor group.</param>
/// <param name="Metric">The metric inside the group.</param>
/// <param name="Raw">The raw value (days, purchase days, currency ...), or null when the customer has no data.</param>
/// <param name="Score">The metric mapped to 0–100 (after direction), or null when missing and renormalized away.</param>
/// <param name="Weight">The metric's effective share of the overall score (0–1); the shares of a score sum to 1.</param>
/// <param name="Contribution">Points this metric adds to the overall score: <c>Score × Weight</c>.</param>
public sealed record FactorScore(string Group, string Metric, double? Raw, double? Score, double Weight, double Contribution);
