using RelationshipFunctions.Scoring;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Unit.Scoring;

public sealed class ScoringModelValidatorTests
{
    [Fact]
    public void Validate_SoundModel_ReturnsNoErrors()
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel>
        {
            ["recency"] = ModelBuilder.Percentile(1, Direction.LowerIsBetter),
            ["monetary"] = ModelBuilder.Linear(1, 0, 500),
        });

        var errors = ScoringModelValidator.Validate(model);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.01)]
    public void Validate_MetricWeightNotAFiniteNonNegativeNumber_NamesTheWeight(double weight)
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel>
        {
            ["recency"] = ModelBuilder.Percentile(weight),
            ["frequency"] = ModelBuilder.Percentile(1),
        });

        var errors = ScoringModelValidator.Validate(model);

        Assert.Contains("groups.purchase.metrics.recency.weight: must be a number of at least 0.", errors);
    }

    [Fact]
    public void Validate_GroupWithoutMetrics_NamesTheMetrics()
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel>());

        var errors = ScoringModelValidator.Validate(model);

        Assert.Equal(["groups.purchase.metrics: at least one metric is required."], errors);
    }

    [Theory]
    [InlineData(new double[] { 80, 80, 0 }, "tiers[1].minScore")]
    [InlineData(new double[] { 50, 60, 0 }, "tiers[1].minScore")]
    [InlineData(new double[] { 80, 40, 10 }, "tiers[2].minScore")]
    [InlineData(new double[] { 120, 0 }, "tiers[0].minScore")]
    [InlineData(new double[] { 50, -1 }, "tiers[1].minScore")]
    public void Validate_BadTierThresholds_NamesTheTier(double[] minScores, string expectedPath)
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel> { ["recency"] = ModelBuilder.Percentile(1) })
            with
            {
                Tiers = minScores.Select((score, i) => new TierModel("t" + i, score)).ToList(),
            };

        var errors = ScoringModelValidator.Validate(model);

        Assert.Contains(errors, error => error.StartsWith(expectedPath + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SingleTierFromZero_IsEnough()
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel> { ["recency"] = ModelBuilder.Percentile(1) })
            with
            {
                Tiers = [new TierModel("everyone", 0)],
            };

        var errors = ScoringModelValidator.Validate(model);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_LogTransformWithNegativeMin_NamesTheMin()
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel>
        {
            ["monetary"] = new() { Weight = 1, Transform = TransformKind.Log, Min = -5, Max = 100 },
        });

        var errors = ScoringModelValidator.Validate(model);

        Assert.Equal(["groups.purchase.metrics.monetary.min: must be at least 0 for the log transform."], errors);
    }

    [Fact]
    public void Validate_ThresholdPointsNotAscending_NamesEveryBadPoint()
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel>
        {
            ["breadth"] = new()
            {
                Weight = 1,
                Transform = TransformKind.Thresholds,
                Points = [new(1, 0), new(1, 50), new(0, 100)],
            },
        });

        var errors = ScoringModelValidator.Validate(model);

        Assert.Equal(
            ["groups.purchase.metrics.breadth.points[1].value: values must be strictly ascending.",
             "groups.purchase.metrics.breadth.points[2].value: values must be strictly ascending."],
            errors);
    }

    [Theory]
    [InlineData(-1.0, "behaviourHalfLifeDays: must be from 0 (no decay) to 3650 days.")]
    [InlineData(4000.0, "behaviourHalfLifeDays: must be from 0 (no decay) to 3650 days.")]
    public void Validate_HalfLifeOutOfRange_NamesTheSetting(double halfLife, string expected)
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel> { ["recency"] = ModelBuilder.Percentile(1) })
            with { BehaviourHalfLifeDays = halfLife };

        Assert.Contains(expected, ScoringModelValidator.Validate(model));
    }

    [Fact]
    public void Validate_FitMetricWithoutTable_NamesTheMetric()
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel> { ["recency"] = ModelBuilder.Percentile(1) });
        model = model with
        {
            Groups = new Dictionary<string, GroupModel>(model.Groups)
            {
                ["fit"] = new() { Weight = 1, Metrics = new Dictionary<string, MetricModel> { ["role"] = ModelBuilder.Linear(1, 0, 100) } },
            },
            Fit = new Dictionary<string, FitTableModel> { ["industry"] = new() { Otherwise = 120 } },
        };

        var errors = ScoringModelValidator.Validate(model);

        Assert.Contains("groups.fit.metrics.role: needs a table of good values in fit.role.", errors);
        Assert.Contains("fit.industry: every score, and otherwise, must be from 0 to 100.", errors);
    }
}
