namespace RelationshipFunctions.Scoring;

/// <summary>A customer's score as of a date, with its explanation.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Score">0–100, one decimal.</param>
/// <param name="Tier">The tier the score reaches.</param>
/// <param name="Confidence">The share of the model's weight for which the customer had data (0–1).</param>
/// <param name="Factors">Every metric's raw value, 0–100 score, weight and contribution.</param>
public sealed record CustomerScore(
    string CustomerId,
    double Score,
    string Tier,
    double Confidence,
    IReadOnlyList<FactorScore> Factors);
