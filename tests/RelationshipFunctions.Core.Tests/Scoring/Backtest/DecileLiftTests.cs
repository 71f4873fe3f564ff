using RelationshipFunctions.Scoring.Backtest;

namespace RelationshipFunctions.Tests.Scoring.Backtest;

public sealed class DecileLiftTests
{
    [Fact]
    public void Top_OnlyTopTenthBuys_IsTen()
    {
        var scores = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var outcomes = scores.Select(s => s >= 90).ToArray();

        var lift = DecileLift.Top(scores, outcomes);

        Assert.Equal(10.0, lift, 1e-12);
    }

    [Fact]
    public void ByDecile_RandomlyUnrelatedOutcome_AveragesToOne()
    {
        var scores = Enumerable.Range(0, 200).Select(i => (double)i).ToArray();
        var outcomes = scores.Select(s => s % 2 == 0).ToArray();

        var lifts = DecileLift.ByDecile(scores, outcomes);

        Assert.All(lifts, lift => Assert.Equal(1.0, lift, 1e-12));
    }

    [Fact]
    public void ByDecile_NobodyBuys_IsNaN()
    {
        var lifts = DecileLift.ByDecile([1, 2, 3], [false, false, false]);

        Assert.All(lifts, lift => Assert.True(double.IsNaN(lift)));
    }
}
