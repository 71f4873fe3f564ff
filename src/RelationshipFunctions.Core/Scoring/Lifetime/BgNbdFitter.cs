namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>Fits the BG/NBD parameters to purchase summaries by maximum likelihood.</summary>
public static class BgNbdFitter
{
    /// <summary>The smallest value any parameter may take.</summary>
    public const double LowerBound = 1e-4;

    /// <summary>The largest value any parameter may take.</summary>
    public const double UpperBound = 1e4;

    private static readonly string[] Names = ["r", "alpha", "a", "b"];

    /// <summary>
    /// Maximises the total log-likelihood over r, α, a, b in [<see cref="LowerBound"/>, <see cref="UpperBound"/>],
    /// searching in log space from several starting points and keeping the best. Customers with the same
    /// (x, t_x, T) are counted once with a weight.
    /// </summary>
    /// <returns>
    /// The fit; when the likelihood rises towards a bound (e.g. nobody seems to drop out) the status is
    /// <see cref="FitStatus.NoInteriorMaximum"/> and the message names the parameters concerned.
    /// </returns>
    public static ModelFit<BgNbdParameters> Fit(IEnumerable<PurchaseSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var data = BgNbdData.From(summaries);
        if (data.Customers == 0)
        {
            return new ModelFit<BgNbdParameters>(
                new BgNbdParameters(1, 1, 1, 1), 0, FitStatus.NoData, "There are no customers to fit.", 0);
        }

        var meanT = data.MeanObservedWeeks;
        double[][] starts =
        [
            [1, 1, 1, 1],
            [0.5, Math.Max(meanT / 4, 1), 0.5, 2],
            [0.2, Math.Max(meanT / 10, 0.5), 1, 3],
            [2, Math.Max(meanT, 1), 2, 10],
        ];
        var outcome = LogSpaceSearch.Maximize(data.LogLikelihood, starts, LowerBound, UpperBound);
        var p = outcome.Parameters;
        var parameters = new BgNbdParameters(p[0], p[1], p[2], p[3]);

        var (status, message) = Describe(outcome);
        return new ModelFit<BgNbdParameters>(parameters, outcome.LogLikelihood, status, message, outcome.Evaluations);
    }

    private static (FitStatus Status, string Message) Describe(LogSpaceSearch.Outcome outcome)
    {
        if (outcome.AtBound.Length > 0)
        {
            var names = string.Join(", ", outcome.AtBound.Select(i => Names[i]));
            var dropout = outcome.AtBound.Any(i => i >= 2);
            var reason = dropout
                ? "the data show too little sign of customers dropping out to estimate the drop-out distribution"
                : "the data do not pin down the purchase-rate distribution";
            return (FitStatus.NoInteriorMaximum,
                $"The likelihood has no interior maximum: {names} ran to a bound, because {reason}. "
                + "Do not use these parameters for forecasts.");
        }

        return outcome.Converged
            ? (FitStatus.Converged, "Converged to an interior maximum.")
            : (FitStatus.NotConverged, "The search stopped at its evaluation budget before settling.");
    }
}
