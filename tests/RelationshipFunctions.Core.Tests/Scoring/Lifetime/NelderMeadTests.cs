using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

public sealed class NelderMeadTests
{
    [Fact]
    public void Minimize_Rosenbrock_FindsOneOne()
    {
        static double Rosenbrock(double[] p) => Math.Pow(1 - p[0], 2) + (100 * Math.Pow(p[1] - (p[0] * p[0]), 2));

        var result = NelderMead.Minimize(Rosenbrock, [-1.2, 1], [-5, -5], [5, 5]);

        Assert.True(result.Converged);
        Assert.Equal(1.0, result.Point[0], 1e-4);
        Assert.Equal(1.0, result.Point[1], 1e-4);
    }

    [Fact]
    public void Minimize_MinimumOutsideBox_StopsOnBound()
    {
        var result = NelderMead.Minimize(p => Math.Pow(p[0] - 10, 2), [0], [-1], [2]);

        Assert.Equal(2.0, result.Point[0], 1e-6);
    }
}
