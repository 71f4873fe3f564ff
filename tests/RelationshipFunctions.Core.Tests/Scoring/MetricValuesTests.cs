using RelationshipFunctions.Scoring;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Unit.Scoring;

public sealed class MetricValuesTests
{
    [Theory]
    [InlineData("recency", 12.0)]
    [InlineData("frequency", 3.0)]
    [InlineData("monetary", 45.5)]
    [InlineData("breadth", 2.0)]
    public void Of_CustomerWithPurchases_ReadsTheMetric(string metric, double expected)
    {
        var state = ModelBuilder.State("c", recencyDays: 12, purchaseDays: 3, netSpend: 45.5, categories: 2);

        var value = MetricValues.Of(state, "purchase", metric);

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("recency")]
    [InlineData("frequency")]
    [InlineData("monetary")]
    [InlineData("breadth")]
    public void Of_CustomerWithoutPurchases_IsMissing(string metric)
    {
        var state = ModelBuilder.State("c");

        var value = MetricValues.Of(state, "purchase", metric);

        Assert.Null(value);
    }

    [Theory]
    [InlineData("purchase", "tenure")]
    [InlineData("engagement", "recency")]
    public void Of_MetricOutsideTheCatalogue_IsMissing(string group, string metric)
    {
        var state = ModelBuilder.State("c", recencyDays: 12, purchaseDays: 3, netSpend: 45.5, categories: 2);

        var value = MetricValues.Of(state, group, metric);

        Assert.Null(value);
    }

    [Theory]
    [InlineData("industry", "Software", 100.0)]
    [InlineData("industry", "retail", 60.0)]
    [InlineData("industry", "mining", 10.0)]
    [InlineData("role", "buyer", null)]
    [InlineData("location", "DE", null)]
    public void Of_FitMetric_ScoresTheAttributeByTheModelTable(string metric, string industry, double? expected)
    {
        var model = new ScoringModel
        {
            Fit = new Dictionary<string, FitTableModel>
            {
                ["industry"] = new() { Values = new Dictionary<string, double> { ["software"] = 100, ["retail"] = 60 }, Otherwise = 10 },
            },
        };
        var state = ModelBuilder.State("c") with { Profile = new Dictionary<string, string> { ["industry"] = industry } };

        var value = MetricValues.Of(state, "fit", metric, model);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void Of_BehaviourMetric_ReadsTheDecayedActivity()
    {
        var state = ModelBuilder.State("c") with { Activity = new Dictionary<string, double> { ["support.tickets"] = 1.75 } };

        Assert.Equal((1.75, null), (MetricValues.Of(state, "support", "tickets"), MetricValues.Of(state, "support", "csat")));
    }
}
