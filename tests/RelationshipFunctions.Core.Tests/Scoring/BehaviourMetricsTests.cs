using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Tests.Unit.Scoring;

public sealed class BehaviourMetricsTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    [Theory]
    [InlineData(BehaviourMetrics.Kind.Count, true, 0.0)]
    [InlineData(BehaviourMetrics.Kind.Sum, true, 0.0)]
    [InlineData(BehaviourMetrics.Kind.Count, false, null)]
    [InlineData(BehaviourMetrics.Kind.Sum, false, null)]
    [InlineData(BehaviourMetrics.Kind.Mean, true, null)]
    [InlineData(BehaviourMetrics.Kind.Mean, false, null)]
    public void Compute_NoEvents_ZeroOnlyForCountsAndSumsOfASeenGroup(
        BehaviourMetrics.Kind kind, bool groupSeen, double? expected)
    {
        var definition = new BehaviourMetrics.Definition("support", "x", "ticket.created", kind);

        var value = BehaviourMetrics.Compute(definition, new DecayedSeries(), groupSeen, AsOf, 30);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void All_EveryDefinition_IsInTheCatalogue()
    {
        Assert.All(BehaviourMetrics.All, d => Assert.True(MetricCatalog.IsKnown(d.Group, d.Metric), d.Metric));
    }
}
