using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

public sealed class GammaGammaModelTests
{
    private static readonly GammaGammaModel Cdnow = new(new GammaGammaParameters(6.25, 3.74, 15.44));

    [Fact]
    public void ExpectedSpend_NoRepeatPurchase_IsPopulationMean()
    {
        var spend = Cdnow.ExpectedSpend(0, 0);

        Assert.Equal(6.25 * 15.44 / 2.74, spend, 1e-12);
    }

    [Fact]
    public void ExpectedSpend_ManyPurchases_ApproachesOwnMean()
    {
        var spend = Cdnow.ExpectedSpend(10_000, 80);

        Assert.Equal(80, spend, 0.05);
    }

    [Fact]
    public void ExpectedSpend_OnePurchase_IsWeightedMix()
    {
        // weight on own mean: p x / (p x + q - 1) = 6.25 / 8.99
        var weight = 6.25 / 8.99;

        var spend = Cdnow.ExpectedSpend(1, 50);

        Assert.Equal(((1 - weight) * 6.25 * 15.44 / 2.74) + (weight * 50), spend, 1e-9);
    }

    [Fact]
    public void LogLikelihood_OnePurchase_IsHandComputed()
    {
        var model = new GammaGammaModel(new GammaGammaParameters(1, 1, 1));

        // Γ(2)/(Γ(1)Γ(1)) 1^1 z^0 1^1 / (1 + z)^2 at z = 3
        var value = model.LogLikelihood(1, 3);

        Assert.Equal(Math.Log(1.0 / 16), value, 1e-12);
    }

    [Fact]
    public void ExpectedSpend_QAtMostOne_Throws()
    {
        var model = new GammaGammaModel(new GammaGammaParameters(1, 0.5, 1));

        Assert.Throws<InvalidOperationException>(() => model.ExpectedSpend(1, 10));
    }

    [Fact]
    public void Fit_NoRepeatBuyers_ReportsNoData()
    {
        var fit = GammaGammaFitter.Fit([new PurchaseSummary("a", new DateOnly(2024, 1, 1), 0, 0, 5, 0, 10)]);

        Assert.Equal(FitStatus.NoData, fit.Status);
    }
}
