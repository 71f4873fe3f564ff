using RelationshipFunctions.Scoring.Backtest;
using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Backtest;

public sealed class BacktestRunnerTests
{
    [Fact]
    public void Run_TinyHistory_CountsHoldoutPurchaseDays()
    {
        var start = new DateOnly(2024, 1, 1);
        CustomerTransaction[] transactions =
        [
            new("a", start, 10), new("a", start.AddDays(20), 10), new("a", start.AddDays(40), 5),
            new("a", start.AddDays(40), 5), new("b", start.AddDays(3), 10), new("c", start.AddDays(10), 10),
            new("c", start.AddDays(15), 10), new("d", start.AddDays(50), 10),
        ];

        var report = BacktestRunner.Run(transactions, start.AddDays(30), start.AddDays(60));

        Assert.Equal(3, report.Customers);
        Assert.Equal(1, report.HoldoutBuyers);
        var bgNbd = report.Rows[2];
        Assert.Equal(1.0, bgNbd.ActualPurchases);
        Assert.Equal(1.0, report.Rows[0].Auc);
    }

    [Fact]
    public void Run_HoldoutEndsBeforeCalibration_Throws()
    {
        var day = new DateOnly(2024, 1, 1);

        Assert.Throws<ArgumentException>(() => BacktestRunner.Run([new("a", day, 1)], day, day));
    }
}
