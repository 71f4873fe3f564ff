namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>How one score did in the holdout period.</summary>
/// <param name="Name">The score's name.</param>
/// <param name="Auc">AUC for "bought again in the holdout" (mid-ranks for ties).</param>
/// <param name="Spearman">Spearman's rho between the score and holdout spend.</param>
/// <param name="TopDecileLift">The buyer rate among the top-scored tenth over the overall buyer rate.</param>
/// <param name="PredictedPurchases">
/// The score's total predicted holdout purchase days, when it predicts purchases.
/// </param>
/// <param name="ActualPurchases">
/// The actual total holdout purchase days, set alongside <paramref name="PredictedPurchases"/>.
/// </param>
public sealed record BacktestRow(
    string Name,
    double Auc,
    double Spearman,
    double TopDecileLift,
    double? PredictedPurchases,
    double? ActualPurchases);
