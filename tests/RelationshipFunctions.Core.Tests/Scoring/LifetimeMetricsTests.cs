using RelationshipFunctions.Scoring;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Scoring;

public sealed class LifetimeMetricsTests
{
    [Fact]
    public void SummaryOf_ThreePurchaseDays_GivesWeeksAndRepeatSpend()
    {
        // First day 2026-11-03, last 2026-11-17, as-of 2026-12-01: t_x = 14/7 = 2 weeks, T = 28/7 = 4 weeks.
        var state = ModelBuilder.State("c1", recencyDays: 14, purchaseDays: 3, netSpend: 100) with
        {
            FirstPurchaseDay = new DateOnly(2026, 11, 3),
            FirstDaySpend = 40,
        };

        var summary = LifetimeMetrics.SummaryOf(state)!;

        Assert.Equal(2, summary.RepeatPurchases);
        Assert.Equal(2.0, summary.LastPurchaseWeeks, 12);
        Assert.Equal(4.0, summary.ObservedWeeks, 12);
        Assert.Equal(30.0, summary.MeanRepeatSpend, 12);
        Assert.Equal(100.0, summary.TotalSpend, 12);
    }

    [Fact]
    public void SummaryOf_NeverBought_IsNull()
    {
        Assert.Null(LifetimeMetrics.SummaryOf(ModelBuilder.State("c1")));
    }

    [Theory]
    [InlineData(LifetimeMetrics.AliveProbability, true)]
    [InlineData(LifetimeMetrics.ExpectedPurchases, true)]
    [InlineData(LifetimeMetrics.ExpectedValue, true)]
    [InlineData("recency", false)]
    public void IsUsed_ModelMetric_TrueOnlyForLifetimeMetrics(string metric, bool expected)
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel> { [metric] = ModelBuilder.Percentile(1) });

        Assert.Equal(expected, LifetimeMetrics.IsUsed(model));
    }

    [Fact]
    public void Apply_ModelWithoutLifetimeMetrics_FitsNothingAndKeepsStates()
    {
        var model = ModelBuilder.Purchase(new Dictionary<string, MetricModel> { ["recency"] = ModelBuilder.Percentile(1) });
        var states = new[] { ModelBuilder.State("c1", recencyDays: 3, purchaseDays: 2, netSpend: 10) };

        var fits = LifetimeMetrics.Apply(model, states);

        Assert.Null(fits.BgNbd);
        Assert.Same(states[0], Assert.Single(fits.States));
    }

    [Fact]
    public void Apply_NonBuyerAmongBuyers_GetsNoEstimateSoMissingDataRuleApplies()
    {
        var model = ModelBuilder.Purchase(
            new Dictionary<string, MetricModel> { [LifetimeMetrics.AliveProbability] = ModelBuilder.Percentile(1) });
        var states = Enumerable.Range(0, 60)
            .Select(i => ModelBuilder.State($"c{i}", recencyDays: i % 30, purchaseDays: 1 + (i % 5), netSpend: 10 + i) with
            {
                FirstPurchaseDay = DateOnly.FromDateTime(ModelBuilder.AsOf.UtcDateTime).AddDays(-60 - i),
            })
            .Append(ModelBuilder.State("none"))
            .ToList();

        var fits = LifetimeMetrics.Apply(model, states);

        Assert.Null(fits.States[^1].Lifetime);
        Assert.Null(MetricValues.Of(fits.States[^1], "purchase", LifetimeMetrics.AliveProbability));
        Assert.All(fits.States.Take(60), state => Assert.True(
            state.Lifetime is null || state.Lifetime.AliveProbability is >= 0 and <= 1));
    }
}
