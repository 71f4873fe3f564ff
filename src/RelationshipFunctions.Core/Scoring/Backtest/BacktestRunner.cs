using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>
/// Scores every customer on the calibration period and measures how well each score predicted the holdout
/// period: the baselines (recency, RFM quintile sum, BG/NBD expected purchases) and an optional caller score.
/// </summary>
public static class BacktestRunner
{
    /// <summary>Row names of the baselines.</summary>
    public const string RecencyName = "recency alone";

    /// <summary>Row name of the RFM baseline.</summary>
    public const string RfmName = "RFM quintile sum";

    /// <summary>Row name of the BG/NBD baseline.</summary>
    public const string BgNbdName = "BG/NBD expected purchases";

    /// <summary>Runs the backtest.</summary>
    /// <param name="transactions">All purchases, calibration and holdout.</param>
    /// <param name="calibrationEnd">The last day of calibration, inclusive.</param>
    /// <param name="holdoutEnd">
    /// The last day of the holdout, inclusive; the holdout starts the day after calibration.
    /// </param>
    /// <param name="extra">An optional score of the caller's own, added as the last row.</param>
    /// <remarks>
    /// The population is every customer who bought in calibration. A purchase is a purchase day, in both
    /// periods. "Bought again" means at least one purchase day in the holdout.
    /// </remarks>
    public static BacktestReport Run(
        IEnumerable<CustomerTransaction> transactions,
        DateOnly calibrationEnd,
        DateOnly holdoutEnd,
        NamedScore? extra = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        if (holdoutEnd <= calibrationEnd)
        {
            throw new ArgumentException("The holdout must end after calibration.", nameof(holdoutEnd));
        }

        var all = transactions as IReadOnlyCollection<CustomerTransaction> ?? transactions.ToList();
        var summaries = PurchaseSummaryBuilder.Build(all, calibrationEnd);
        var holdout = HoldoutOutcome.Collect(all, calibrationEnd, holdoutEnd);
        var days = summaries.Select(s => holdout.GetValueOrDefault(s.CustomerId)?.PurchaseDays ?? 0).ToArray();
        var spend = summaries.Select(s => holdout.GetValueOrDefault(s.CustomerId)?.Spend ?? 0).ToArray();
        var bought = days.Select(d => d > 0).ToArray();
        var actualTotal = days.Sum();
        var holdoutWeeks = PurchaseSummaryBuilder.Weeks(calibrationEnd, holdoutEnd);

        var fit = BgNbdFitter.Fit(summaries);
        var model = new BgNbdModel(fit.Parameters);
        var expected = summaries.Select(s => model.ExpectedPurchases(s, holdoutWeeks)).ToArray();

        BacktestRow Row(string name, double[] scores, bool predicts) => new(
            name,
            RankStatistics.Auc(scores, bought),
            RankStatistics.Spearman(scores, spend),
            DecileLift.Top(scores, bought),
            predicts ? scores.Sum() : null,
            predicts ? actualTotal : null);

        var rows = new List<BacktestRow>
        {
            Row(RecencyName, summaries.Select(BaselineScores.Recency).ToArray(), false),
            Row(RfmName, BaselineScores.RfmQuintileSum(summaries), false),
            Row(fit.Converged ? BgNbdName : $"{BgNbdName} ({fit.Status})", expected, true),
        };
        if (extra is not null)
        {
            rows.Add(Row(extra.Name, summaries.Select(extra.Score).ToArray(), extra.PredictsPurchases));
        }

        return new BacktestReport(summaries.Count, holdoutWeeks, bought.Count(b => b), fit, rows);
    }
}
