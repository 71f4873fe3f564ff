using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

public sealed class PurchaseSummaryBuilderTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    [Fact]
    public void Build_SameDayPurchases_CountAsOnePurchaseDay()
    {
        CustomerTransaction[] transactions =
        [
            new("a", Start, 10),
            new("a", Start.AddDays(7), 5),
            new("a", Start.AddDays(7), 15),
            new("a", Start.AddDays(21), 40),
        ];

        var summary = Assert.Single(PurchaseSummaryBuilder.Build(transactions, Start.AddDays(28)));

        Assert.Equal(2, summary.RepeatPurchases);
        Assert.Equal(3.0, summary.LastPurchaseWeeks, 1e-12);
        Assert.Equal(4.0, summary.ObservedWeeks, 1e-12);
        Assert.Equal(30.0, summary.MeanRepeatSpend, 1e-12);
        Assert.Equal(70.0, summary.TotalSpend, 1e-12);
        Assert.Equal(Start, summary.FirstPurchase);
    }

    [Fact]
    public void Build_PurchasesAfterCalibrationEnd_AreIgnored()
    {
        CustomerTransaction[] transactions =
        [
            new("a", Start.AddDays(3), 10),
            new("a", Start.AddDays(40), 99),
            new("b", Start.AddDays(40), 99),
        ];

        var summaries = PurchaseSummaryBuilder.Build(transactions, Start.AddDays(10));

        var summary = Assert.Single(summaries);
        Assert.Equal(0, summary.RepeatPurchases);
        Assert.Equal(0.0, summary.LastPurchaseWeeks);
        Assert.Equal(0.0, summary.MeanRepeatSpend);
        Assert.Equal(1.0, summary.ObservedWeeks, 1e-12);
    }

    [Fact]
    public void Build_UnorderedInput_OrdersByCustomerAndUsesEarliestDay()
    {
        CustomerTransaction[] transactions =
        [
            new("b", Start.AddDays(14), 1),
            new("a", Start.AddDays(7), 1),
            new("b", Start, 1),
        ];

        var summaries = PurchaseSummaryBuilder.Build(transactions, Start.AddDays(14));

        Assert.Equal(["a", "b"], summaries.Select(s => s.CustomerId));
        Assert.Equal(Start, summaries[1].FirstPurchase);
        Assert.Equal(2.0, summaries[1].LastPurchaseWeeks, 1e-12);
    }
}
