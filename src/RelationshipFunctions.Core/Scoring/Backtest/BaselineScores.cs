using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>The simple scores a relationship score has to beat.</summary>
public static class BaselineScores
{
    /// <summary>
    /// Recency alone: minus the days from the last purchase to the end of calibration, so more recent is higher.
    /// </summary>
    public static double Recency(PurchaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return -DaysSinceLastPurchase(summary);
    }

    /// <summary>
    /// The RFM quintile sum, 3–15: recency in days (fewer is better), repeat purchase days and mean spend per
    /// purchase day are each scored 1–5 by the quintile their mid-rank falls in, so ties share a score.
    /// </summary>
    /// <returns>One score per summary, in the input order.</returns>
    public static double[] RfmQuintileSum(IReadOnlyList<PurchaseSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var recency = Quintiles(summaries.Select(s => -DaysSinceLastPurchase(s)).ToArray());
        var frequency = Quintiles(summaries.Select(s => (double)s.RepeatPurchases).ToArray());
        var monetary = Quintiles(summaries.Select(s => s.MeanSpendPerPurchaseDay).ToArray());
        return Enumerable.Range(0, summaries.Count).Select(i => recency[i] + frequency[i] + monetary[i]).ToArray();
    }

    /// <summary>
    /// Scores each value 1–5 by the quintile its mid-rank falls in: ⌈5 · mid-rank / n⌉, highest values 5.
    /// </summary>
    public static double[] Quintiles(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        return RankStatistics.MidRanks(values)
            .Select(rank => (double)Math.Clamp((int)Math.Ceiling(5 * rank / n), 1, 5))
            .ToArray();
    }

    /// <summary>Whole days from the last purchase day to the end of calibration.</summary>
    public static double DaysSinceLastPurchase(PurchaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Math.Round(summary.WeeksSinceLastPurchase * PurchaseSummaryBuilder.DaysPerWeek);
    }
}
