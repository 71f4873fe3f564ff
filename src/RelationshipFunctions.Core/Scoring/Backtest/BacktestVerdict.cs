using System.Globalization;

namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>
/// Sets the model's row against the baselines: does it beat the RFM sum, and is it within
/// <see cref="Tolerance"/> AUC of the best baseline? Says plainly where it falls short.
/// </summary>
/// <param name="ModelAuc">The model's AUC.</param>
/// <param name="RfmAuc">The RFM quintile sum's AUC.</param>
/// <param name="BestBaseline">The name of the baseline with the highest AUC.</param>
/// <param name="BestBaselineAuc">Its AUC.</param>
public sealed record BacktestVerdict(double ModelAuc, double RfmAuc, string BestBaseline, double BestBaselineAuc)
{
    /// <summary>How far below the best baseline the model may be and still pass: 0.005 AUC.</summary>
    public const double Tolerance = 0.005;

    /// <summary>True when the model's AUC is above the RFM baseline's.</summary>
    public bool BeatsRfm => ModelAuc > RfmAuc;

    /// <summary>True when the model is at most <see cref="Tolerance"/> below the best baseline.</summary>
    public bool NearBest => ModelAuc >= BestBaselineAuc - Tolerance;

    /// <summary>The verdict on the last row of <paramref name="report"/>, the model's.</summary>
    public static BacktestVerdict Of(BacktestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var model = report.Rows[^1];
        var baselines = report.Rows.Take(report.Rows.Count - 1).ToList();
        var best = baselines.MaxBy(row => row.Auc)!;
        var rfm = baselines.Single(row => row.Name == BacktestRunner.RfmName);
        return new BacktestVerdict(model.Auc, rfm.Auc, best.Name, best.Auc);
    }

    /// <summary>One line per check, each saying passed or where it falls short and by how much.</summary>
    public IEnumerable<string> Describe()
    {
        var culture = CultureInfo.InvariantCulture;
        yield return BeatsRfm
            ? string.Create(culture, $"The model beats the RFM baseline by {ModelAuc - RfmAuc:F3} AUC.")
            : string.Create(culture, $"SHORT: the model does not beat the RFM baseline ({ModelAuc:F3} vs {RfmAuc:F3} AUC).");
        var gap = BestBaselineAuc - ModelAuc;
        yield return gap <= 0
            ? string.Create(culture, $"The model beats the best baseline, {BestBaseline}, by {-gap:F3} AUC.")
            : NearBest
            ? string.Create(culture, $"The model is {gap:F3} AUC behind the best baseline, {BestBaseline}, within the {Tolerance} allowed.")
            : string.Create(culture,
                $"SHORT: the model is {gap:F3} AUC behind the best baseline, {BestBaseline} (allowed: {Tolerance}).");
    }
}
