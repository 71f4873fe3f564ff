using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

public sealed class CustomerLifetimeValueTests
{
    private static readonly BgNbdModel Purchases = new(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
    private static readonly GammaGammaModel Spend = new(new GammaGammaParameters(6.25, 3.74, 15.44));
    private static readonly PurchaseSummary Customer = new("a", new DateOnly(1997, 1, 1), 4, 30, 39, 25, 120);

    [Fact]
    public void Compute_NoDiscount_IsExpectedPurchasesTimesExpectedSpend()
    {
        var value = CustomerLifetimeValue.Compute(Purchases, Spend, Customer, 52);

        Assert.Equal(Purchases.ExpectedPurchases(Customer, 52) * Spend.ExpectedSpend(Customer), value, 1e-9);
    }

    [Fact]
    public void Compute_WithDiscount_IsLowerButPositive()
    {
        var undiscounted = CustomerLifetimeValue.Compute(Purchases, Spend, Customer, 104);

        var discounted = CustomerLifetimeValue.Compute(Purchases, Spend, Customer, 104, annualDiscountRate: 0.1);

        Assert.InRange(discounted, undiscounted / 1.21, undiscounted);
    }

    [Fact]
    public void Compute_TinyDiscount_MatchesUndiscounted()
    {
        var undiscounted = CustomerLifetimeValue.Compute(Purchases, Spend, Customer, 26.5);

        var discounted = CustomerLifetimeValue.Compute(Purchases, Spend, Customer, 26.5, annualDiscountRate: 1e-9);

        Assert.Equal(undiscounted, discounted, 1e-6);
    }
}
