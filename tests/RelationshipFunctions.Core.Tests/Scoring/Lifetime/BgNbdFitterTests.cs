using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

public sealed class BgNbdFitterTests
{
    [Fact]
    public void Fit_EveryRepeatBuyerBoughtOnLastDay_ReportsNoInteriorMaximum()
    {
        // With t_x = T the drop-out part of each likelihood is P(survive x - 1 purchases), largest when
        // nobody ever drops out, so a runs to its lower bound (or b to its upper one).
        var summaries = Simulate(new BgNbdParameters(1.5, 3, 1, 1), dropOut: false, customers: 1500, seed: 7)
            .Select(s => s with { LastPurchaseWeeks = s.RepeatPurchases > 0 ? s.ObservedWeeks : 0 })
            .ToList();

        var fit = BgNbdFitter.Fit(summaries);

        Assert.Equal(FitStatus.NoInteriorMaximum, fit.Status);
        Assert.False(fit.Converged);
        Assert.Contains("dropping out", fit.Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }

    [Fact]
    public void Fit_SimulatedBgNbdData_RecoversParameters()
    {
        var truth = new BgNbdParameters(1.5, 3, 1.5, 4);
        var summaries = Simulate(truth, dropOut: true, customers: 4000, seed: 11);

        var fit = BgNbdFitter.Fit(summaries);

        Assert.Equal(FitStatus.Converged, fit.Status);
        Assert.Equal(truth.R / truth.Alpha, fit.Parameters.R / fit.Parameters.Alpha, 0.05);
        Assert.Equal(truth.A / (truth.A + truth.B), fit.Parameters.A / (fit.Parameters.A + fit.Parameters.B), 0.05);
    }

    [Fact]
    public void Fit_NoCustomers_ReportsNoData()
    {
        var fit = BgNbdFitter.Fit([]);

        Assert.Equal(FitStatus.NoData, fit.Status);
    }

    /// <summary>
    /// Draws customers from the BG/NBD story: a gamma rate per week, a beta drop-out probability tried after
    /// each purchase (never, when <paramref name="dropOut"/> is false), observed for 20 to 52 weeks.
    /// </summary>
    internal static List<PurchaseSummary> Simulate(BgNbdParameters truth, bool dropOut, int customers, int seed)
    {
        var random = new Random(seed);
        var summaries = new List<PurchaseSummary>(customers);
        for (var i = 0; i < customers; i++)
        {
            var rate = Distributions.Gamma(random, truth.R) / truth.Alpha;
            var p = dropOut ? Distributions.Beta(random, truth.A, truth.B) : 0;
            var observed = 20 + random.Next(33);
            var (x, last, time) = (0, 0.0, 0.0);
            while (true)
            {
                time += -Math.Log(1 - random.NextDouble()) / rate;
                if (time > observed)
                {
                    break;
                }

                (x, last) = (x + 1, time);
                if (random.NextDouble() < p)
                {
                    break;
                }
            }

            summaries.Add(new PurchaseSummary($"c{i}", new DateOnly(2024, 1, 1), x, last, observed, 0, 0));
        }

        return summaries;
    }
}
