using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

public sealed class CohortForecastTests
{
    [Fact]
    public void CumulativeRepeatPurchases_StaggeredStarts_SumsEachCustomersOwnTime()
    {
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
        var origin = new DateOnly(1997, 1, 1);
        DateOnly[] firsts = [origin, origin.AddDays(14), origin.AddDays(14)];

        var totals = CohortForecast.CumulativeRepeatPurchases(model, firsts, origin, 10);

        Assert.Equal(10, totals.Count);
        Assert.Equal(model.ExpectedRepeatPurchases(1), totals[0], 1e-12);
        Assert.Equal(model.ExpectedRepeatPurchases(10) + (2 * model.ExpectedRepeatPurchases(8)), totals[9], 1e-12);
    }
}
