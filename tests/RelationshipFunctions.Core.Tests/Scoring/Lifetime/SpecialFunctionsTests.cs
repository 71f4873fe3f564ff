using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

public sealed class SpecialFunctionsTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(5.0, 3.1780538303479458)]
    [InlineData(0.5, 0.57236494292470009)]
    [InlineData(0.01, 4.5994798780420219)]
    [InlineData(100.0, 359.13420536957540)]
    public void LogGamma_KnownValues_MatchToTwelveDigits(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 1e-12);
    }

    [Fact]
    public void Hypergeometric2F1_OneOneTwo_EqualsLogFormula()
    {
        const double z = 0.5;

        var value = SpecialFunctions.Hypergeometric2F1(1, 1, 2, z);

        Assert.Equal(-Math.Log(1 - z) / z, value, 1e-13);
    }

    [Fact]
    public void Hypergeometric2F1_NearOne_StillConverges()
    {
        const double z = 0.99;

        var value = SpecialFunctions.Hypergeometric2F1(1, 1, 2, z);

        Assert.Equal(-Math.Log(1 - z) / z, value, 1e-10);
    }

    [Fact]
    public void Hypergeometric2F1_CEqualsB_IsBinomialSeries()
    {
        var value = SpecialFunctions.Hypergeometric2F1(0.5, 3, 3, 0.3);

        Assert.Equal(Math.Pow(0.7, -0.5), value, 1e-13);
    }

    [Fact]
    public void Hypergeometric2F1_HalfHalfThreeHalves_IsArcsine()
    {
        const double x = 0.9;

        var value = SpecialFunctions.Hypergeometric2F1(0.5, 0.5, 1.5, x * x);

        Assert.Equal(Math.Asin(x) / x, value, 1e-12);
    }

    [Fact]
    public void Hypergeometric2F1_NegativeIntegerA_IsPolynomial()
    {
        var value = SpecialFunctions.Hypergeometric2F1(-2, 3, 4, 0.5);

        // 1 + (-2)(3)/(4) z + (-2)(-1)(3)(4)/((4)(5)(2)) z^2 = 1 - 1.5 z + 0.6 z^2
        Assert.Equal(1 - 0.75 + 0.15, value, 1e-14);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.5)]
    public void Hypergeometric2F1_ZOutsideUnitDisc_Throws(double z)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.Hypergeometric2F1(1, 1, 2, z));
    }
}
