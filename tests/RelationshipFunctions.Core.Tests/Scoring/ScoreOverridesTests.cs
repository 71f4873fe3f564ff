using RelationshipFunctions.Scoring;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Scoring;

public sealed class ScoreOverridesTests
{
    private static readonly ScoringModel Model = ModelBuilder.Purchase(
        new Dictionary<string, MetricModel> { ["recency"] = ModelBuilder.Percentile(1) });

    private static readonly CustomerScore Base = new("c", 57.0, "silver", 1,
        [new FactorScore("purchase", "recency", 3, 57, 1, 57)]);

    [Theory]
    [InlineData(5.0, 62.0, "gold", 5.0)]
    [InlineData(-20.0, 37.0, "bronze", -20.0)]
    [InlineData(50.0, 100.0, "platinum", 43.0)]
    public void Adjust_Points_MoveTheScoreAndKeepContributionsAddingUp(double points, double score, string tier, double contribution)
    {
        var adjusted = ScoreOverrides.Adjust(Base, new OverrideRow { Adjustment = points }, Model);

        Assert.Equal((score, tier), (adjusted.Score, adjusted.Tier));
        Assert.Equal(contribution, adjusted.Factors[^1].Contribution);
        Assert.Equal(adjusted.Score, adjusted.Factors.Sum(f => f.Contribution), 6);
    }

    [Fact]
    public void Adjust_PinOrUnscored_LeavesTheScore()
    {
        var unscored = Base with { Tier = "unscored" };

        Assert.Same(Base, ScoreOverrides.Adjust(Base, new OverrideRow { PinTier = "gold" }, Model));
        Assert.Same(unscored, ScoreOverrides.Adjust(unscored, new OverrideRow { Adjustment = 5 }, Model));
    }

    [Fact]
    public void Describe_Pin_SaysTierExpiryAuthorAndReason()
    {
        var entry = new OverrideRow
        {
            PinTier = "gold", Author = "ana", Reason = "key account", ExpiresAt = new DateTimeOffset(2027, 1, 31, 0, 0, 0, TimeSpan.Zero),
        };

        Assert.Equal("pinned to gold until 2027-01-31 by ana: key account", ScoreOverrides.Describe(entry));
    }
}
