using RelationshipFunctions.Scoring.Backtest;
using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Backtest;

public sealed class BacktestReportTests
{
    [Fact]
    public void ToMarkdown_Rows_RendersOneTableLinePerRowWithDashForMissing()
    {
        var fit = new ModelFit<BgNbdParameters>(new BgNbdParameters(1, 1, 1, 1), -1, FitStatus.Converged, "ok", 1);
        var report = new BacktestReport(10, 39, 4, fit,
        [
            new BacktestRow("recency alone", 0.7714, 0.44, 2.6, null, null),
            new BacktestRow("model", 0.8, 0.5, 3, 12.4, 15),
        ]);

        var text = report.ToMarkdown();

        Assert.Contains("| recency alone | 0.771 | 0.440 | 2.60 | – | – |", text, StringComparison.Ordinal);
        Assert.Contains("| model | 0.800 | 0.500 | 3.00 | 12 | 15 |", text, StringComparison.Ordinal);
    }
}
