using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>A caller's own score to backtest next to the baselines.</summary>
/// <param name="Name">The row name in the report.</param>
/// <param name="Score">
/// The score of a customer, from their calibration summary; higher means more likely to buy.
/// </param>
/// <param name="PredictsPurchases">
/// True when the score is itself an expected number of holdout purchase days, so the report can set its
/// total against the actual total. Default false.
/// </param>
public sealed record NamedScore(string Name, Func<PurchaseSummary, double> Score, bool PredictsPurchases = false)
{
    /// <summary>
    /// A score looked up by customer id; customers missing from the dictionary score <paramref name="missing"/>
    /// (default −∞, i.e. last).
    /// </summary>
    public static NamedScore FromDictionary(
        string name,
        IReadOnlyDictionary<string, double> scores,
        double missing = double.NegativeInfinity)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new NamedScore(name, summary => scores.GetValueOrDefault(summary.CustomerId, missing));
    }
}
