using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Tests.Unit.Scoring;

public sealed class DecayedSeriesTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    [Theory]
    [InlineData(0, 30, 1.0)]
    [InlineData(30, 30, 0.5)]
    [InlineData(90, 30, 0.125)]
    [InlineData(45, 90, 0.70710678118654757)]
    [InlineData(400, 0, 1.0)]
    [InlineData(-5, 30, 1.0)]
    public void Weight_AgeAndHalfLife_HalvesEveryHalfLife(int ageDays, double halfLifeDays, double expected)
    {
        Assert.Equal(expected, DecayedSeries.Weight(ageDays, halfLifeDays), 12);
    }

    [Fact]
    public void CountSumMean_ThreeEvents_WeighByAge()
    {
        var series = new DecayedSeries();
        series.Add(AsOf, 10);
        series.Add(AsOf.AddDays(-10), 20);
        series.Add(AsOf.AddDays(-20), 40);

        // Weights with a 10-day half-life: 1, 0.5, 0.25.
        Assert.Equal(1.75, series.Count(AsOf, 10), 12);
        Assert.Equal(30.0, series.Sum(AsOf, 10), 12);
        Assert.Equal(30.0 / 1.75, series.Mean(AsOf, 10)!.Value, 12);
    }

    [Fact]
    public void Mean_NoEvents_IsMissing()
    {
        var series = new DecayedSeries();

        Assert.True(series.IsEmpty);
        Assert.Null(series.Mean(AsOf, 30));
    }
}
