using System.Diagnostics;
using RelationshipFunctions.Scoring.Backtest;
using RelationshipFunctions.Tests.Testing;
using Xunit.Abstractions;

namespace RelationshipFunctions.Tests.Scoring.Backtest;

/// <summary>
/// Checks the baselines against our reference figures: calibration weeks 1–39, holdout weeks 40–78,
/// AUC for any holdout purchase, a customer-day is one purchase, mid-ranks for ties.
/// </summary>
public sealed class BacktestRunnerCdnowTests(ITestOutputHelper output)
{
    [CdnowFact]
    public void Run_CdnowSample_BaselinesMatchReferenceAucs()
    {
        var report = Run(CdnowData.Sample);

        Assert.Equal(2357, report.Customers);
        Assert.Equal(0.771, Auc(report, BacktestRunner.RecencyName), 0.003);
        Assert.Equal(0.765, Auc(report, BacktestRunner.RfmName), 0.003);
        Assert.Equal(0.773, Auc(report, BacktestRunner.BgNbdName), 0.003);
    }

    [CdnowFact(CdnowData.Master)]
    public void Run_CdnowMaster_BaselinesMatchReferenceAucs()
    {
        var report = Run(CdnowData.Master);

        Assert.Equal(23570, report.Customers);
        Assert.Equal(0.759, Auc(report, BacktestRunner.RecencyName), 0.003);
        Assert.Equal(0.756, Auc(report, BacktestRunner.RfmName), 0.003);
        Assert.Equal(0.763, Auc(report, BacktestRunner.BgNbdName), 0.003);
    }

    [CdnowFact]
    public void Run_ExtraScoreFromDictionary_AddsRowWithSameAucAsEquivalentBaseline()
    {
        var transactions = CdnowData.Load(CdnowData.Sample);
        var lastPurchase = transactions
            .Where(t => t.Date <= CdnowData.CalibrationEnd)
            .GroupBy(t => t.CustomerId)
            .ToDictionary(g => g.Key, g => (double)g.Max(t => t.Date).DayNumber);

        var report = BacktestRunner.Run(
            transactions,
            CdnowData.CalibrationEnd,
            CdnowData.HoldoutEnd,
            NamedScore.FromDictionary("last purchase day", lastPurchase));

        Assert.Equal(4, report.Rows.Count);
        Assert.Equal(Auc(report, BacktestRunner.RecencyName), Auc(report, "last purchase day"), 1e-12);
    }

    private BacktestReport Run(string fileName)
    {
        var transactions = CdnowData.Load(fileName);

        var watch = Stopwatch.StartNew();
        var report = BacktestRunner.Run(transactions, CdnowData.CalibrationEnd, CdnowData.HoldoutEnd);
        output.WriteLine($"{fileName}: {watch.ElapsedMilliseconds} ms, {report.BgNbdFit.Parameters}");
        output.WriteLine(report.ToMarkdown());
        foreach (var row in report.Rows)
        {
            output.WriteLine($"{row.Name}: AUC {row.Auc:F4}, Spearman {row.Spearman:F4}, lift {row.TopDecileLift:F3}");
        }

        return report;
    }

    private static double Auc(BacktestReport report, string name) => report.Rows.Single(r => r.Name == name).Auc;
}
