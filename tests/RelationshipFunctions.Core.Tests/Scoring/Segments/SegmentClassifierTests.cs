using RelationshipFunctions.Scoring.Segments;

namespace RelationshipFunctions.Tests.Scoring.Segments;

public sealed class SegmentClassifierTests
{
    private static readonly SegmentRule[] Rules =
    [
        new() { Name = "champions", Tiers = ["platinum"], MinAliveProbability = 0.7, MaxRecencyDays = 90 },
        new() { Name = "can't lose", Tiers = ["platinum", "gold"], MaxAliveProbability = 0.4 },
        new() { Name = "loyal", Tiers = ["platinum", "gold"], MinAliveProbability = 0.5 },
        new() { Name = "at risk", MinScore = 40, MaxTrend30 = -10 },
        new() { Name = "promising", MaxRecencyDays = 60 },
        new() { Name = "engaged", MinGroupScores = new Dictionary<string, double> { ["engagement"] = 70 } },
        new() { Name = "hibernating", MaxRecencyDays = 365 },
        new() { Name = "lost" },
    ];

    [Theory]
    [InlineData("platinum", 85.0, null, 0.9, 10.0, null, "champions")]
    [InlineData("platinum", 85.0, null, 0.9, 120.0, null, "loyal")]         // too long ago for champions
    [InlineData("gold", 70.0, null, 0.3, 200.0, null, "can't lose")]
    [InlineData("gold", 70.0, null, null, 20.0, null, "promising")]         // no P(alive): alive rules do not hold
    [InlineData("silver", 45.0, -12.0, 0.45, 20.0, null, "at risk")]
    [InlineData("silver", 45.0, -9.9, 0.45, 20.0, null, "promising")]
    [InlineData("bronze", 20.0, null, 0.1, 200.0, 75.0, "engaged")]
    [InlineData("bronze", 20.0, null, 0.1, 200.0, 65.0, "hibernating")]
    [InlineData("bronze", 10.0, null, 0.05, 500.0, null, "lost")]
    public void Classify_Customer_GetsTheFirstMatchingSegment(
        string tier, double score, double? trend30, double? alive, double? recency, double? engagement, string expected)
    {
        var groups = new Dictionary<string, double?> { ["engagement"] = engagement };
        var input = new SegmentInput(tier, score, trend30, alive, recency, groups);

        Assert.Equal(expected, SegmentClassifier.Classify(Rules, input));
    }

    [Fact]
    public void Classify_NoRuleMatches_IsNone()
    {
        var input = new SegmentInput("bronze", 5, null, null, null, new Dictionary<string, double?>());

        Assert.Equal(SegmentClassifier.None, SegmentClassifier.Classify(Rules[..^1], input));
    }
}
