namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>Fits the Gamma-Gamma parameters to repeat buyers by maximum likelihood.</summary>
public static class GammaGammaFitter
{
    /// <summary>The smallest value any parameter may take.</summary>
    public const double LowerBound = 1e-4;

    /// <summary>The largest value any parameter may take.</summary>
    public const double UpperBound = 1e5;

    private static readonly string[] Names = ["p", "q", "gamma"];

    /// <summary>
    /// Maximises the likelihood of the repeat buyers' (x, mean repeat spend); customers with x = 0 or a
    /// non-positive mean spend are left out, as the model needs at least one repeat purchase with value.
    /// </summary>
    public static ModelFit<GammaGammaParameters> Fit(IEnumerable<PurchaseSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var groups = summaries
            .Where(s => s.RepeatPurchases >= 1 && s.MeanRepeatSpend > 0)
            .GroupBy(s => (s.RepeatPurchases, s.MeanRepeatSpend))
            .Select(g => (X: g.Key.RepeatPurchases, Mean: g.Key.MeanRepeatSpend, Count: (double)g.Count()))
            .ToArray();
        if (groups.Length == 0)
        {
            return new ModelFit<GammaGammaParameters>(
                new GammaGammaParameters(1, 2, 1), 0, FitStatus.NoData, "There are no repeat buyers to fit.", 0);
        }

        double LogLikelihood(double[] parameters)
        {
            var model = new GammaGammaModel(new GammaGammaParameters(parameters[0], parameters[1], parameters[2]));
            return groups.Sum(g => g.Count * model.LogLikelihood(g.X, g.Mean));
        }

        var mean = groups.Sum(g => g.Mean * g.Count) / groups.Sum(g => g.Count);
        double[][] starts = [[1, 1, 1], [1, 3, mean], [5, 5, mean], [0.5, 2, mean / 2]];
        var outcome = LogSpaceSearch.Maximize(LogLikelihood, starts, LowerBound, UpperBound);
        var p = outcome.Parameters;
        var fitted = new GammaGammaParameters(p[0], p[1], p[2]);
        if (outcome.AtBound.Length > 0)
        {
            var names = string.Join(", ", outcome.AtBound.Select(i => Names[i]));
            return new ModelFit<GammaGammaParameters>(fitted, outcome.LogLikelihood, FitStatus.NoInteriorMaximum,
                $"The likelihood has no interior maximum: {names} ran to a bound. Do not use these parameters.",
                outcome.Evaluations);
        }

        return outcome.Converged
            ? new ModelFit<GammaGammaParameters>(fitted, outcome.LogLikelihood, FitStatus.Converged,
                "Converged to an interior maximum.", outcome.Evaluations)
            : new ModelFit<GammaGammaParameters>(fitted, outcome.LogLikelihood, FitStatus.NotConverged,
                "The search stopped at its evaluation budget before settling.", outcome.Evaluations);
    }
}
