using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Tests.Scoring;

public sealed class ScoreAttributionTests
{
    [Fact]
    public void Between_TwoRuns_GivesEachGroupsChangeLargestFirst()
    {
        // 72 -> 58: support 20 -> 11 (−9), engagement 22 -> 18 (−4), feedback 10 -> 9 (−1), purchase unchanged.
        FactorScore[] before =
        [
            new("purchase", "recency", 5, 80, 0.25, 20), new("support", "csat", 90, 80, 0.25, 20),
            new("engagement", "emailOpens", 4, 88, 0.25, 22), new("feedback", "nps", 9, 40, 0.25, 10),
        ];
        FactorScore[] after =
        [
            new("purchase", "recency", 5, 80, 0.25, 20), new("support", "csat", 50, 44, 0.25, 11),
            new("engagement", "emailOpens", 2, 72, 0.25, 18), new("feedback", "nps", 8, 36, 0.25, 9),
        ];

        var attribution = ScoreAttribution.Between(before, after);

        Assert.Equal([("support", -9.0), ("engagement", -4.0), ("feedback", -1.0)], attribution.Select(a => (a.Key, a.Value)));
    }

    [Fact]
    public void GroupScores_MetricsWithAndWithoutData_WeighOnlyScoredOnes()
    {
        FactorScore[] factors =
        [
            new("purchase", "recency", 5, 80, 0.6, 48), new("purchase", "frequency", 2, 40, 0.2, 8),
            new("support", "csat", null, null, 0, 0),
        ];

        var scores = ScoreAttribution.GroupScores(factors);

        // (80·0.6 + 40·0.2) / 0.8 = 70.
        Assert.Equal((70.0, null), (scores["purchase"], scores["support"]));
    }
}
