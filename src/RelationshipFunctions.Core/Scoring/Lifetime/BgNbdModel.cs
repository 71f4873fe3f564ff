namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>
/// The BG/NBD model with fixed parameters: likelihood, probability of being alive and expected
/// purchases. Times are in weeks; a purchase is a purchase day.
/// </summary>
public sealed class BgNbdModel
{
    private readonly double _logBetaRatioBase;

    /// <summary>Creates the model; every parameter must be finite and positive.</summary>
    public BgNbdModel(BgNbdParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!new[] { parameters.R, parameters.Alpha, parameters.A, parameters.B }.All(p => p > 0 && double.IsFinite(p)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(parameters), parameters, "BG/NBD parameters must be positive.");
        }

        Parameters = parameters;
        _logBetaRatioBase = SpecialFunctions.LogGamma(parameters.A + parameters.B)
            - SpecialFunctions.LogGamma(parameters.B) - SpecialFunctions.LogGamma(parameters.R)
            + (parameters.R * Math.Log(parameters.Alpha));
    }

    /// <summary>The model's parameters.</summary>
    public BgNbdParameters Parameters { get; }

    /// <summary>The log-likelihood of one customer's (x, t_x, T).</summary>
    public double LogLikelihood(int x, double tx, double t)
    {
        var (r, alpha, a, b) = Parameters;
        var common = _logBetaRatioBase + SpecialFunctions.LogGamma(r + x)
            + SpecialFunctions.LogGamma(b + x) - SpecialFunctions.LogGamma(a + b + x);
        var stillAlive = -(r + x) * Math.Log(alpha + t);
        if (x == 0)
        {
            return common + stillAlive;
        }

        var droppedOut = Math.Log(a) - Math.Log(b + x - 1) - ((r + x) * Math.Log(alpha + tx));
        var high = Math.Max(stillAlive, droppedOut);
        return common + high + Math.Log(Math.Exp(stillAlive - high) + Math.Exp(droppedOut - high));
    }

    /// <summary>The log-likelihood of one customer's summary.</summary>
    public double LogLikelihood(PurchaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return LogLikelihood(summary.RepeatPurchases, summary.LastPurchaseWeeks, summary.ObservedWeeks);
    }

    /// <summary>The total log-likelihood of many customers.</summary>
    public double LogLikelihood(IEnumerable<PurchaseSummary> summaries) => summaries.Sum(LogLikelihood);

    /// <summary>
    /// P(alive | x, t_x, T): the probability that the customer has not dropped out by T. A customer
    /// with no repeat purchase is alive by the model's definition (drop-out happens only after a purchase).
    /// </summary>
    public double ProbabilityAlive(int x, double tx, double t) => 1 / AliveDenominator(x, tx, t);

    /// <summary>P(alive) for one customer's summary.</summary>
    public double ProbabilityAlive(PurchaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return ProbabilityAlive(summary.RepeatPurchases, summary.LastPurchaseWeeks, summary.ObservedWeeks);
    }

    /// <summary>
    /// E[purchases in (T, T + <paramref name="weeks"/>] | x, t_x, T]: the expected purchase days over the
    /// next <paramref name="weeks"/> weeks for a customer with this history (equation 10 of the paper).
    /// </summary>
    public double ExpectedPurchases(int x, double tx, double t, double weeks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        if (weeks == 0)
        {
            return 0;
        }

        // TODO(scoring): a = 1 exactly makes the leading factor 0/0; its limit is not implemented.
        var (r, alpha, a, b) = Parameters;
        var z = weeks / (alpha + t + weeks);
        var hyper = SpecialFunctions.Hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
        var growth = 1 - (Math.Pow((alpha + t) / (alpha + t + weeks), r + x) * hyper);
        return (a + b + x - 1) / (a - 1) * growth / AliveDenominator(x, tx, t);
    }

    /// <summary>Expected purchases over the next <paramref name="weeks"/> weeks for one customer's summary.</summary>
    public double ExpectedPurchases(PurchaseSummary summary, double weeks)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return ExpectedPurchases(summary.RepeatPurchases, summary.LastPurchaseWeeks, summary.ObservedWeeks, weeks);
    }

    /// <summary>
    /// E[X(t)]: the expected number of repeat purchases in the first <paramref name="weeks"/> weeks after a
    /// randomly chosen customer's first purchase (equation 9 of the paper).
    /// </summary>
    public double ExpectedRepeatPurchases(double weeks)
    {
        if (weeks <= 0)
        {
            return 0;
        }

        var (r, alpha, a, b) = Parameters;
        var hyper = SpecialFunctions.Hypergeometric2F1(r, b, a + b - 1, weeks / (alpha + weeks));
        return (a + b - 1) / (a - 1) * (1 - (Math.Pow(alpha / (alpha + weeks), r) * hyper));
    }

    private double AliveDenominator(int x, double tx, double t)
    {
        if (x == 0)
        {
            return 1;
        }

        var (r, alpha, a, b) = Parameters;
        return 1 + (a / (b + x - 1) * Math.Exp((r + x) * Math.Log((alpha + t) / (alpha + tx))));
    }
}
