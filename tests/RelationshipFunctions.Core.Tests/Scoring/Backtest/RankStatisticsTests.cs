using RelationshipFunctions.Scoring.Backtest;

namespace RelationshipFunctions.Tests.Scoring.Backtest;

public sealed class RankStatisticsTests
{
    [Fact]
    public void MidRanks_Ties_ShareMeanRank()
    {
        var ranks = RankStatistics.MidRanks([10, 20, 20, 5, 20]);

        Assert.Equal([2, 4, 4, 1, 4], ranks);
    }

    [Fact]
    public void Auc_PerfectSeparation_IsOne()
    {
        var auc = RankStatistics.Auc([0.9, 0.8, 0.2, 0.1], [true, true, false, false]);

        Assert.Equal(1.0, auc);
    }

    [Fact]
    public void Auc_TiesAcrossClasses_CountHalf()
    {
        // pairs (positive, negative): (3 vs 1) win, (3 vs 2) win, (2 vs 1) win, (2 vs 2) tie: 3.5 / 4
        var auc = RankStatistics.Auc([3, 2, 2, 1], [true, true, false, false]);

        Assert.Equal(0.875, auc, 1e-12);
    }

    [Fact]
    public void Auc_OneClassOnly_IsNaN()
    {
        Assert.True(double.IsNaN(RankStatistics.Auc([1, 2], [true, true])));
    }

    [Fact]
    public void Spearman_MonotoneButNonLinear_IsOne()
    {
        var rho = RankStatistics.Spearman([1, 2, 3, 4], [1, 8, 27, 64]);

        Assert.Equal(1.0, rho, 1e-12);
    }

    [Fact]
    public void Spearman_WithTies_UsesMidRanks()
    {
        // ranks x: 1, 2.5, 2.5, 4; ranks y: 1, 2, 3, 4 -> Pearson of those = 4.5 / sqrt(4.5 * 5)
        var rho = RankStatistics.Spearman([1, 2, 2, 3], [1, 2, 3, 4]);

        Assert.Equal(4.5 / Math.Sqrt(4.5 * 5), rho, 1e-12);
    }

    [Fact]
    public void Auc_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => RankStatistics.Auc([1, 2], [true]));
    }
}
