using RelationshipFunctions.Scoring.Backtest;

namespace RelationshipFunctions.Tests.Scoring.Backtest;

public sealed class BacktestVerdictTests
{
    [Theory]
    [InlineData(0.770, 0.765, 0.773, true, true)]
    [InlineData(0.765, 0.765, 0.773, false, false)]
    [InlineData(0.767, 0.765, 0.773, true, false)]
    [InlineData(0.780, 0.765, 0.773, true, true)]
    public void Checks_ModelAgainstBaselines_PassOnlyInsideTheirLimits(
        double model, double rfm, double best, bool beatsRfm, bool nearBest)
    {
        var verdict = new BacktestVerdict(model, rfm, "BG/NBD", best);

        Assert.Equal(beatsRfm, verdict.BeatsRfm);
        Assert.Equal(nearBest, verdict.NearBest);
    }

    [Fact]
    public void Describe_ModelFallsShort_SaysShortAndByHowMuch()
    {
        var verdict = new BacktestVerdict(0.760, 0.765, "BG/NBD", 0.773);

        var lines = verdict.Describe().ToList();

        Assert.StartsWith("SHORT: the model does not beat the RFM baseline (0.760 vs 0.765", lines[0], StringComparison.Ordinal);
        Assert.Equal("SHORT: the model is 0.013 AUC behind the best baseline, BG/NBD (allowed: 0.005).", lines[1]);
    }

    [Fact]
    public void Of_Report_TakesLastRowAsModelAndBestOfTheOthers()
    {
        var fit = new RelationshipFunctions.Scoring.Lifetime.ModelFit<RelationshipFunctions.Scoring.Lifetime.BgNbdParameters>(
            new(1, 1, 1, 1), 0, RelationshipFunctions.Scoring.Lifetime.FitStatus.Converged, "ok", 1);
        var report = new BacktestReport(10, 39, 3, fit,
        [
            new BacktestRow(BacktestRunner.RecencyName, 0.71, 0, 1, null, null),
            new BacktestRow(BacktestRunner.RfmName, 0.70, 0, 1, null, null),
            new BacktestRow(BacktestRunner.BgNbdName, 0.72, 0, 1, null, null),
            new BacktestRow("model", 0.75, 0, 1, null, null),
        ]);

        var verdict = BacktestVerdict.Of(report);

        Assert.Equal(new BacktestVerdict(0.75, 0.70, BacktestRunner.BgNbdName, 0.72), verdict);
    }
}
