namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>The Gamma-Gamma spend model with fixed parameters.</summary>
public sealed class GammaGammaModel
{
    /// <summary>Creates the model; every parameter must be finite and positive.</summary>
    public GammaGammaModel(GammaGammaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!new[] { parameters.P, parameters.Q, parameters.Gamma }.All(p => p > 0 && double.IsFinite(p)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(parameters), parameters, "Gamma-Gamma parameters must be positive.");
        }

        Parameters = parameters;
    }

    /// <summary>The model's parameters.</summary>
    public GammaGammaParameters Parameters { get; }

    /// <summary>
    /// The log-density of observing mean spend <paramref name="meanSpend"/> over <paramref name="x"/>
    /// purchases (x ≥ 1, mean spend &gt; 0).
    /// </summary>
    public double LogLikelihood(int x, double meanSpend)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(x, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(meanSpend);
        var (p, q, gamma) = Parameters;
        var px = p * x;
        return SpecialFunctions.LogGamma(px + q) - SpecialFunctions.LogGamma(px) - SpecialFunctions.LogGamma(q)
            + (q * Math.Log(gamma)) + ((px - 1) * Math.Log(meanSpend)) + (px * Math.Log(x))
            - ((px + q) * Math.Log(gamma + (x * meanSpend)));
    }

    /// <summary>
    /// E[spend per purchase | x, mean spend]: a weighted mix of the population mean and the customer's
    /// own mean, leaning on the customer's mean the more purchases they made. With x = 0 it is the
    /// population mean. Needs q &gt; 1.
    /// </summary>
    public double ExpectedSpend(int x, double meanSpend)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        var (p, q, gamma) = Parameters;
        if (q <= 1)
        {
            throw new InvalidOperationException("The expected spend is infinite when q <= 1.");
        }

        return p * (gamma + (x * meanSpend)) / ((p * x) + q - 1);
    }

    /// <summary>E[spend per purchase] for one customer's summary.</summary>
    public double ExpectedSpend(PurchaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return ExpectedSpend(summary.RepeatPurchases, summary.MeanRepeatSpend);
    }
}
