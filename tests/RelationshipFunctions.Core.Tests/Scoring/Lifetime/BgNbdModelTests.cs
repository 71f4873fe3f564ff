using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

public sealed class BgNbdModelTests
{
    private static readonly BgNbdModel Unit = new(new BgNbdParameters(1, 1, 1, 1));
    private static readonly BgNbdModel Cdnow = new(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));

    [Fact]
    public void LogLikelihood_NoRepeatPurchase_IsHandComputed()
    {
        // B(1,1)/B(1,1) * Γ(1) 1^1 / (Γ(1) (1 + 1)^1) = 1/2
        var value = Unit.LogLikelihood(0, 0, 1);

        Assert.Equal(Math.Log(0.5), value, 1e-12);
    }

    [Fact]
    public void LogLikelihood_TinyDataSet_IsHandComputed()
    {
        PurchaseSummary[] data =
        [
            Summary(0, 0, 1),
            Summary(1, 1, 2),
        ];

        var value = Unit.LogLikelihood(data);

        // second customer: alive term B(1,2)/B(1,1) / 3^2 = 1/18, dropped-out term B(2,1)/B(1,1) / 2^2 = 1/8
        Assert.Equal(Math.Log(0.5) + Math.Log((1.0 / 18) + (1.0 / 8)), value, 1e-12);
    }

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchase_IsOne()
    {
        Assert.Equal(1.0, Cdnow.ProbabilityAlive(0, 0, 30));
    }

    [Fact]
    public void ProbabilityAlive_OneRepeat_IsHandComputed()
    {
        // 1 / (1 + a/(b + x - 1) ((α + T)/(α + t_x))^(r + x)) = 1 / (1 + (3/2)^2)
        Assert.Equal(1 / 3.25, Unit.ProbabilityAlive(1, 1, 2), 1e-12);
    }

    [Fact]
    public void ProbabilityAlive_LongSilence_FallsBelowRecentBuyer()
    {
        var recent = Cdnow.ProbabilityAlive(5, 38, 39);
        var silent = Cdnow.ProbabilityAlive(5, 5, 39);

        Assert.True(silent < recent, $"silent {silent} should be below recent {recent}");
        Assert.InRange(recent, 0.85, 1.0);
    }

    [Fact]
    public void ExpectedPurchases_NewCustomer_EqualsUnconditionalExpectation()
    {
        var conditional = Cdnow.ExpectedPurchases(0, 0, 0, 39);

        Assert.Equal(Cdnow.ExpectedRepeatPurchases(39), conditional, 1e-12);
    }

    [Fact]
    public void ExpectedRepeatPurchases_ShortWindow_ApproachesMeanRateTimesT()
    {
        const double t = 1e-4;

        var value = Cdnow.ExpectedRepeatPurchases(t);

        Assert.Equal(0.243 / 4.414 * t, value, 1e-9);
    }

    [Fact]
    public void ExpectedPurchases_ZeroWeeks_IsZero()
    {
        Assert.Equal(0.0, Cdnow.ExpectedPurchases(3, 20, 30, 0));
    }

    [Fact]
    public void Constructor_NonPositiveParameter_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbdModel(new BgNbdParameters(0, 1, 1, 1)));
    }

    private static PurchaseSummary Summary(int x, double tx, double t) =>
        new("c", new DateOnly(2024, 1, 1), x, tx, t, 0, 0);
}
