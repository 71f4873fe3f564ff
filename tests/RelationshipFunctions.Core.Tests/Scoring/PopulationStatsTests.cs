using RelationshipFunctions.Scoring;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Unit.Scoring;

public sealed class PopulationStatsTests
{
    private static readonly ScoringModel Model = ModelBuilder.Purchase(new Dictionary<string, MetricModel>
    {
        ["frequency"] = ModelBuilder.Percentile(1),
        ["monetary"] = ModelBuilder.Linear(1, 0, 100),
    });

    // Frequencies 1, 2, 2, 3, plus one customer who never bought and is left out.
    private static readonly PopulationStats Stats = PopulationStats.Build(Model,
    [
        ModelBuilder.State("a", 1, purchaseDays: 2),
        ModelBuilder.State("b", 1, purchaseDays: 1),
        ModelBuilder.State("c", 1, purchaseDays: 3),
        ModelBuilder.State("d", 1, purchaseDays: 2),
        ModelBuilder.State("e"),
    ]);

    [Theory]
    [InlineData(1, 12.5)]
    [InlineData(2, 50)]
    [InlineData(3, 87.5)]
    [InlineData(2.5, 75)]
    [InlineData(0, 0)]
    [InlineData(10, 100)]
    public void PercentileRank_Value_IsMidRankOfThePopulation(double value, double expected)
    {
        var rank = Stats.PercentileRank("purchase", "frequency", value);

        Assert.Equal(expected, rank, 9);
    }

    [Fact]
    public void PercentileRank_EveryoneTied_GivesEveryoneFifty()
    {
        var stats = PopulationStats.Build(Model,
            [ModelBuilder.State("a", 1, purchaseDays: 4), ModelBuilder.State("b", 1, purchaseDays: 4)]);

        var rank = stats.PercentileRank("purchase", "frequency", 4);

        Assert.Equal(50, rank);
    }

    [Fact]
    public void PercentileRank_MetricNotOnPercentileTransform_ReturnsFifty()
    {
        var rank = Stats.PercentileRank("purchase", "monetary", 1000);

        Assert.Equal(50, rank);
    }

    [Fact]
    public void PercentileRank_EmptyPopulation_ReturnsFifty()
    {
        var stats = PopulationStats.Build(Model, []);

        var rank = stats.PercentileRank("purchase", "frequency", 3);

        Assert.Equal(50, rank);
    }

    [Fact]
    public void Build_StatesInAnyOrder_GiveTheSameRanks()
    {
        var states = Enumerable.Range(0, 50)
            .Select(i => ModelBuilder.State("c" + i, 1, purchaseDays: ((i * 7) % 11) + 1))
            .ToList();
        var forward = PopulationStats.Build(Model, states);

        var backward = PopulationStats.Build(Model, states.AsEnumerable().Reverse().ToList());

        Assert.All(Enumerable.Range(0, 13), value => Assert.Equal(
            forward.PercentileRank("purchase", "frequency", value),
            backward.PercentileRank("purchase", "frequency", value)));
    }
}
