using RelationshipFunctions.Scoring;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Unit.Scoring;

public sealed class MetricTransformTests
{
    private static readonly PopulationStats NoPopulation = PopulationStats.Build(
        ModelBuilder.Purchase(new Dictionary<string, MetricModel>()), []);

    [Theory]
    [InlineData(50, 25)]
    [InlineData(0, 0)]
    [InlineData(200, 100)]
    [InlineData(300, 100)]
    [InlineData(-5, 0)]
    public void Apply_Linear_MapsMinToZeroAndMaxToHundred(double raw, double expected)
    {
        var metric = ModelBuilder.Linear(1, 0, 200);

        var score = MetricTransform.Apply(metric, "purchase", "monetary", raw, NoPopulation);

        Assert.Equal(expected, score, 9);
    }

    [Theory]
    [InlineData(15, 75)]
    [InlineData(20, 50)]
    [InlineData(5, 100)]
    [InlineData(60, 0)]
    public void Apply_LinearLowerIsBetter_CountsDown(double raw, double expected)
    {
        var metric = ModelBuilder.Linear(1, 10, 30, Direction.LowerIsBetter);

        var score = MetricTransform.Apply(metric, "purchase", "recency", raw, NoPopulation);

        Assert.Equal(expected, score, 9);
    }

    [Theory]
    [InlineData(9, 50)]
    [InlineData(0, 0)]
    [InlineData(99, 100)]
    [InlineData(999, 100)]
    [InlineData(-3, 0)]
    public void Apply_Log_UsesLogOfOnePlusValue(double raw, double expected)
    {
        var metric = new MetricModel { Weight = 1, Transform = TransformKind.Log, Min = 0, Max = 99 };

        var score = MetricTransform.Apply(metric, "purchase", "monetary", raw, NoPopulation);

        Assert.Equal(expected, score, 9);
    }

    [Fact]
    public void Apply_LogWithMin_ShiftsBeforeTheLog()
    {
        var metric = new MetricModel { Weight = 1, Transform = TransformKind.Log, Min = 1, Max = 100 };

        var score = MetricTransform.Apply(metric, "purchase", "frequency", 10, NoPopulation);

        Assert.Equal(50, score, 9);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, 10)]
    [InlineData(5, 30)]
    [InlineData(10, 50)]
    [InlineData(15, 75)]
    [InlineData(20, 100)]
    [InlineData(30, 100)]
    public void Apply_Thresholds_InterpolatesBetweenPoints(double raw, double expected)
    {
        var metric = new MetricModel
        {
            Weight = 1,
            Transform = TransformKind.Thresholds,
            Points = [new(0, 10), new(10, 50), new(20, 100)],
        };

        var score = MetricTransform.Apply(metric, "purchase", "breadth", raw, NoPopulation);

        Assert.Equal(expected, score, 9);
    }

    [Theory]
    [InlineData(Direction.HigherIsBetter, 12.5)]
    [InlineData(Direction.LowerIsBetter, 87.5)]
    public void Apply_Percentile_UsesThePopulationRankInTheGivenDirection(Direction direction, double expected)
    {
        var metrics = new Dictionary<string, MetricModel> { ["recency"] = ModelBuilder.Percentile(1, direction) };
        var model = ModelBuilder.Purchase(metrics);
        var population = PopulationStats.Build(model,
        [
            ModelBuilder.State("a", recencyDays: 5),
            ModelBuilder.State("b", recencyDays: 10),
            ModelBuilder.State("c", recencyDays: 10),
            ModelBuilder.State("d", recencyDays: 40),
        ]);

        var score = MetricTransform.Apply(model.Groups["purchase"].Metrics["recency"], "purchase", "recency", 5, population);

        Assert.Equal(expected, score, 9);
    }
}
