using RelationshipFunctions.Scoring;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Unit.Scoring;

public sealed class ScorerTests
{
    // Recency 20 days → 80, frequency 5 days → 50, spend 300 → 30; breadth has no data.
    private static readonly CustomerState Customer = ModelBuilder.State("c-1", recencyDays: 20, purchaseDays: 5, netSpend: 300);

    private static readonly Dictionary<string, MetricModel> EqualLinearMetrics = new()
    {
        ["recency"] = ModelBuilder.Linear(1, 0, 100, Direction.LowerIsBetter),
        ["frequency"] = ModelBuilder.Linear(1, 0, 10),
        ["monetary"] = ModelBuilder.Linear(1, 0, 1000),
        ["breadth"] = ModelBuilder.Linear(1, 0, 10),
    };

    [Fact]
    public void Score_RenormalizeWithMissingMetric_ScoresOnTheOthersOnly()
    {
        var scorer = Scorer(ModelBuilder.Purchase(EqualLinearMetrics));

        var score = scorer.Score(Customer);

        Assert.Equal(53.3, score.Score);
        Assert.Equal("silver", score.Tier);
        var breadth = score.Factors.Single(factor => factor.Metric == "breadth");
        Assert.Equal((null, null, 0.0, 0.0), (breadth.Raw, breadth.Score, breadth.Weight, breadth.Contribution));
        var recency = score.Factors.Single(factor => factor.Metric == "recency");
        Assert.Equal((20.0, 80.0, 0.3333, 26.67), (recency.Raw, recency.Score, recency.Weight, recency.Contribution));
    }

    [Fact]
    public void Score_NeutralWithMissingMetric_CountsItAtTheNeutralScore()
    {
        var scorer = Scorer(ModelBuilder.Purchase(EqualLinearMetrics, MissingDataRule.Neutral, neutralScore: 60));

        var score = scorer.Score(Customer);

        Assert.Equal(55, score.Score);
        var breadth = score.Factors.Single(factor => factor.Metric == "breadth");
        Assert.Equal((null, 60.0, 0.25, 15.0), (breadth.Raw, breadth.Score, breadth.Weight, breadth.Contribution));
    }

    [Theory]
    [InlineData(MissingDataRule.Renormalize)]
    [InlineData(MissingDataRule.Neutral)]
    public void Score_MissingMetric_LowersConfidenceByItsWeight(MissingDataRule rule)
    {
        var scorer = Scorer(ModelBuilder.Purchase(EqualLinearMetrics, rule));

        var score = scorer.Score(Customer);

        Assert.Equal(0.75, score.Confidence);
    }

    [Fact]
    public void Score_EveryMetricPresent_HasFullConfidence()
    {
        var scorer = Scorer(ModelBuilder.Purchase(EqualLinearMetrics));

        var score = scorer.Score(Customer with { Categories = 4 });

        Assert.Equal(1, score.Confidence);
        Assert.Equal(50, score.Score);
    }

    [Fact]
    public void Score_UnequalWeights_WeighsMetricsByShare()
    {
        var metrics = new Dictionary<string, MetricModel>
        {
            ["recency"] = ModelBuilder.Linear(3, 0, 100, Direction.LowerIsBetter),
            ["frequency"] = ModelBuilder.Linear(1, 0, 10),
        };
        var scorer = Scorer(ModelBuilder.Purchase(metrics));

        var score = scorer.Score(Customer);

        Assert.Equal(72.5, score.Score);
        Assert.Equal([0.75, 0.25], score.Factors.Select(factor => factor.Weight));
    }

    [Fact]
    public void Score_GroupWithoutData_IsRenormalizedAwayAndHalvesConfidence()
    {
        var model = ModelBuilder.Purchase(EqualLinearMetrics) with
        {
            Groups = new Dictionary<string, GroupModel>
            {
                ["purchase"] = OneMetricGroup("frequency"),
                ["engagement"] = OneMetricGroup("opens"),
            },
        };

        var score = Scorer(model).Score(Customer);

        Assert.Equal(50, score.Score);
        Assert.Equal(0.5, score.Confidence);
    }

    [Theory]
    [InlineData(MissingDataRule.Renormalize)]
    [InlineData(MissingDataRule.Neutral)]
    public void Score_NoDataAtAll_IsUnscoredNotBronze(MissingDataRule rule)
    {
        var scorer = Scorer(ModelBuilder.Purchase(EqualLinearMetrics, rule));

        var score = scorer.Score(ModelBuilder.State("empty"));

        Assert.Equal(("unscored", 0.0), (score.Tier, score.Confidence));
    }

    [Theory]
    [InlineData(MissingDataRule.Renormalize, 0, 0, 0, null)]
    [InlineData(MissingDataRule.Renormalize, 1, 1, 0.01, 1)]
    [InlineData(MissingDataRule.Renormalize, 3, 7, 123.45, 2)]
    [InlineData(MissingDataRule.Renormalize, 41, 2, 999.99, null)]
    [InlineData(MissingDataRule.Neutral, 13, 9, 77.7, null)]
    [InlineData(MissingDataRule.Neutral, 99, 3, 33.3, 7)]
    public void Score_AnyCustomer_ContributionsAddUpToTheScore(
        MissingDataRule rule,
        int recencyDays,
        int purchaseDays,
        double spend,
        int? categories)
    {
        var metrics = new Dictionary<string, MetricModel>
        {
            ["recency"] = ModelBuilder.Linear(0.37, 0, 90, Direction.LowerIsBetter),
            ["frequency"] = new() { Weight = 0.29, Transform = TransformKind.Log, Max = 20 },
            ["monetary"] = ModelBuilder.Linear(0.21, 0, 700),
            ["breadth"] = new()
            {
                Weight = 0.13,
                Transform = TransformKind.Thresholds,
                Points = [new(1, 10), new(3, 70), new(9, 100)],
            },
        };
        var scorer = Scorer(ModelBuilder.Purchase(metrics, rule, neutralScore: 45));

        var score = scorer.Score(ModelBuilder.State("c", recencyDays, purchaseDays, spend, categories));

        Assert.Equal(score.Score, score.Factors.Sum(factor => factor.Contribution), 0.05 + (0.005 * score.Factors.Count));
        Assert.Equal(1, score.Factors.Where(factor => factor.Score is not null).Sum(factor => factor.Weight), 0.001);
    }

    [Theory]
    [InlineData(100, "platinum")]
    [InlineData(80, "platinum")]
    [InlineData(79.9, "gold")]
    [InlineData(60, "gold")]
    [InlineData(59.99, "silver")]
    [InlineData(40, "silver")]
    [InlineData(39.9, "bronze")]
    [InlineData(0, "bronze")]
    public void TierOf_Score_IsTheFirstTierItReaches(double value, string expected)
    {
        var scorer = Scorer(ModelBuilder.Purchase(EqualLinearMetrics));

        var tier = scorer.TierOf(value);

        Assert.Equal(expected, tier);
    }

    [Fact]
    public void Score_ExactlyAtATierThreshold_GetsThatTier()
    {
        var metrics = new Dictionary<string, MetricModel> { ["frequency"] = ModelBuilder.Linear(1, 0, 10) };
        var scorer = Scorer(ModelBuilder.Purchase(metrics));

        var score = scorer.Score(ModelBuilder.State("c", 1, purchaseDays: 6));

        Assert.Equal((60.0, "gold"), (score.Score, score.Tier));
    }

    [Fact]
    public void Score_PercentileModel_RanksAgainstThePopulation()
    {
        var metrics = new Dictionary<string, MetricModel> { ["recency"] = ModelBuilder.Percentile(1, Direction.LowerIsBetter) };
        var model = ModelBuilder.Purchase(metrics);
        CustomerState[] states =
        [
            ModelBuilder.State("a", recencyDays: 3),
            ModelBuilder.State("b", recencyDays: 30),
            ModelBuilder.State("c", recencyDays: 30),
            ModelBuilder.State("d", recencyDays: 300),
        ];
        var scorer = new Scorer(model, PopulationStats.Build(model, states));

        var scores = states.Select(scorer.Score).Select(score => score.Score).ToList();

        Assert.Equal([87.5, 50, 50, 12.5], scores);
    }

    private static Scorer Scorer(ScoringModel model) => new(model, PopulationStats.Build(model, []));

    private static GroupModel OneMetricGroup(string metric) =>
        new() { Weight = 1, Metrics = new Dictionary<string, MetricModel> { [metric] = ModelBuilder.Linear(1, 0, 10) } };
}
