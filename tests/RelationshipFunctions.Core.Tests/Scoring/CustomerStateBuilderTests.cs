using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Tests.Unit.Scoring;

public sealed partial class CustomerStateBuilderTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    public void Build_SignalsInShuffledOrder_GiveTheSameState(int seed)
    {
        var signals = new List<Signal>
        {
            Purchase("2026-11-01T10:00:00Z", 0.1, "Books"),
            Purchase("2026-11-01T18:00:00Z", 0.2, "books"),
            Purchase("2026-10-03T09:00:00Z", 0.3, "music"),
            Purchase("2026-11-20T23:59:59Z", 19.99),
            Refund("2026-11-21T08:00:00Z", 5.05),
            Other(SignalTypes.EmailOpen, "2026-11-25T08:00:00Z"),
            Other(SignalTypes.WebVisit, "2026-11-26T08:00:00Z"),
            Other(SignalTypes.WebVisit, "2026-11-26T09:00:00Z", 0.1),
            Other(SignalTypes.WebVisit, "2026-10-26T09:00:00Z", 0.2),
            Other(SignalTypes.SupportCsat, "2026-11-02T08:00:00Z", 70),
            Other(SignalTypes.SupportCsat, "2026-09-02T08:00:00Z", 30),
            Other(SignalTypes.NewsletterSubscribe, "2026-11-02T08:00:00Z"),
            Other(SignalTypes.NewsletterUnsubscribe, "2026-11-02T08:00:00Z"),
            Other(SignalTypes.LoyaltyTier, "2026-11-02T08:00:00Z", 2),
            Other(SignalTypes.LoyaltyTier, "2026-11-02T08:00:00Z", 3),
            Profile("2026-11-02T08:00:00Z", "retail"),
            Profile("2026-11-02T08:00:00Z", "software"),
        };
        var expected = Build(signals);
        var shuffled = signals.ToArray();

        new Random(seed).Shuffle(shuffled);
        var state = Build(shuffled, halfLifeDays: 30);

        Assert.Equal(Json(Build(signals, halfLifeDays: 30)), Json(state));
        Assert.Equal(Json(expected), Json(Build(shuffled)));
    }

    [Fact]
    public void Build_TwoOrdersOnTheFirstDay_FirstDaySpendIsTheirSum()
    {
        var state = Build(
        [
            Purchase("2026-11-20T08:00:00Z", 7.5),
            Purchase("2026-10-03T09:00:00Z", 10.25),
            Purchase("2026-10-03T21:00:00Z", 4.75),
        ]);

        Assert.Equal(15.0, state.FirstDaySpend);
        Assert.Equal(22.5, state.NetSpend);
    }

    [Theory]
    [InlineData(66.641, 14.147, 21.457, 102.24)]
    [InlineData(35.389, 11.846, 32.77, 80.0)]
    public void Build_AmountsWithThreeDecimalsInAnyOrder_GiveTheSameNetSpend(double a, double b, double c, double expected)
    {
        double[][] orders = [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]];

        var spends = orders.Select(order => Build(order.Select((value, i) => Purchase($"2026-11-0{i + 1}T10:00:00Z", value))).NetSpend);

        Assert.All(spends, spend => Assert.Equal(expected, spend));
    }

    [Fact]
    public void Build_SeveralPurchasesOnOneUtcDay_CountOnePurchaseDay()
    {
        var state = Build(
        [
            Purchase("2026-11-01T00:00:00Z", 10),
            Purchase("2026-11-01T12:30:00Z", 20),
            Purchase("2026-11-01T23:59:59Z", 30),
            Purchase("2026-11-02T00:00:00Z", 40),
        ]);

        Assert.Equal(2, state.PurchaseDays);
        Assert.Equal(4, state.PurchaseCount);
        Assert.Equal(100, state.NetSpend);
    }

    [Fact]
    public void Build_PurchaseLateInTheEveningWestOfUtc_CountsOnTheUtcDay()
    {
        var signal = Purchase("2026-11-01T00:00:00Z", 10) with
        {
            OccurredAt = new DateTimeOffset(2026, 11, 1, 22, 0, 0, TimeSpan.FromHours(-5)),
        };

        var state = Build([signal]);

        Assert.Equal(new DateOnly(2026, 11, 2), state.LastPurchaseDay);
    }

    [Fact]
    public void Build_Purchases_RecordFirstAndLastDay()
    {
        var state = Build(
        [
            Purchase("2026-11-20T10:00:00Z", 1),
            Purchase("2025-01-05T10:00:00Z", 1),
            Purchase("2026-03-15T10:00:00Z", 1),
        ]);

        Assert.Equal((new DateOnly(2025, 1, 5), new DateOnly(2026, 11, 20)), (state.FirstPurchaseDay, state.LastPurchaseDay));
        Assert.Equal(11, state.RecencyDays);
    }

    [Theory]
    [InlineData(30, 70)]
    [InlineData(100, 0)]
    [InlineData(150, 0)]
    [InlineData(0.006, 99.99)]
    public void Build_Refunds_ReduceNetSpendNotBelowZero(double refunded, double expected)
    {
        var state = Build([Purchase("2026-11-01T10:00:00Z", 100), Refund("2026-11-02T10:00:00Z", refunded)]);

        Assert.Equal(expected, state.NetSpend);
    }

    [Fact]
    public void Build_RefundWithoutPurchase_LeavesNoPurchaseData()
    {
        var state = Build([Refund("2026-11-02T10:00:00Z", 30)]);

        Assert.Equal((0, 0, 0.0, null), (state.PurchaseDays, state.PurchaseCount, state.NetSpend, state.LastPurchaseDay));
        Assert.Null(state.RecencyDays);
    }

    [Fact]
    public void Build_Categories_CountDistinctIgnoringCase()
    {
        var state = Build(
        [
            Purchase("2026-11-01T10:00:00Z", 1, "Books"),
            Purchase("2026-11-02T10:00:00Z", 1, "BOOKS"),
            Purchase("2026-11-03T10:00:00Z", 1, "music"),
            Purchase("2026-11-04T10:00:00Z", 1),
        ]);

        Assert.Equal(2, state.Categories);
    }

    [Fact]
    public void Build_NoCategoryNamed_LeavesCategoriesNull()
    {
        var state = Build([Purchase("2026-11-01T10:00:00Z", 1)]);

        Assert.Null(state.Categories);
    }

    [Fact]
    public void Build_OtherSignalTypes_CountOnlyAsSignals()
    {
        var state = Build(
        [
            Other(SignalTypes.EmailClick, "2026-11-01T10:00:00Z"),
            Other(SignalTypes.FeedbackNps, "2026-11-02T10:00:00Z", 9),
            Purchase("2026-11-03T10:00:00Z", 12.5),
        ]);

        Assert.Equal((3, 1, 12.5), (state.SignalCount, state.PurchaseDays, state.NetSpend));
    }

    [Fact]
    public void Build_NoSignals_GivesAnEmptyState()
    {
        var state = new CustomerStateBuilder("c-1").Build(AsOf);

        Assert.Equal(("c-1", AsOf, 0, null), (state.CustomerId, state.AsOf, state.SignalCount, state.Categories));
    }

    private static CustomerState Build(IEnumerable<Signal> signals, double halfLifeDays = 0)
    {
        var builder = new CustomerStateBuilder("c-1");
        foreach (var signal in signals)
        {
            builder.Add(signal);
        }

        return builder.Build(AsOf, halfLifeDays);
    }

    private static Signal Purchase(string occurredAt, double value, string? category = null) => new(
        "c-1",
        SignalTypes.Purchase,
        DateTimeOffset.Parse(occurredAt, System.Globalization.CultureInfo.InvariantCulture),
        "shop",
        "p-" + occurredAt,
        value,
        category is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["category"] = category });

    private static Signal Refund(string occurredAt, double value) => Other(SignalTypes.Refund, occurredAt, value);

    private static Signal Other(string type, string occurredAt, double? value = null) => new(
        "c-1",
        type,
        DateTimeOffset.Parse(occurredAt, System.Globalization.CultureInfo.InvariantCulture),
        "shop",
        type + occurredAt,
        value,
        new Dictionary<string, string>());
}
