using RelationshipFunctions.Scoring.Backtest;
using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Backtest;

public sealed class BaselineScoresTests
{
    [Fact]
    public void Quintiles_TenDistinctValues_TwoPerQuintile()
    {
        var scores = BaselineScores.Quintiles([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);

        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], scores);
    }

    [Fact]
    public void Quintiles_Ties_ShareOneScore()
    {
        // mid-ranks 1, 5 (seven times), 9, 10 of 10 -> ceil(5 rank / 10)
        var scores = BaselineScores.Quintiles([0, 1, 1, 1, 1, 1, 1, 1, 2, 3]);

        Assert.Equal([1, 3, 3, 3, 3, 3, 3, 3, 5, 5], scores);
    }

    [Fact]
    public void Recency_MoreRecentPurchase_ScoresHigher()
    {
        var recent = Summary("a", x: 2, lastWeeks: 9, weeks: 10, total: 30);
        var lapsed = Summary("b", x: 2, lastWeeks: 2, weeks: 10, total: 30);

        Assert.True(BaselineScores.Recency(recent) > BaselineScores.Recency(lapsed));
        Assert.Equal(-7, BaselineScores.Recency(recent));
    }

    [Fact]
    public void RfmQuintileSum_BestOnEveryAxis_ScoresFifteen()
    {
        PurchaseSummary[] summaries =
        [
            Summary("a", x: 5, lastWeeks: 10, weeks: 10, total: 600),
            Summary("b", x: 1, lastWeeks: 1, weeks: 10, total: 20),
            Summary("c", x: 0, lastWeeks: 0, weeks: 10, total: 5),
            Summary("d", x: 2, lastWeeks: 5, weeks: 10, total: 60),
            Summary("e", x: 3, lastWeeks: 8, weeks: 10, total: 200),
        ];

        var scores = BaselineScores.RfmQuintileSum(summaries);

        Assert.Equal([15, 6, 3, 9, 12], scores);
    }

    private static PurchaseSummary Summary(string id, int x, double lastWeeks, double weeks, double total) =>
        new(id, new DateOnly(2024, 1, 1), x, lastWeeks, weeks, 0, total);
}
