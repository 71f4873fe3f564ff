using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// Adds P(alive), expected purchases and expected value to every buyer's state, from BG/NBD and
/// Gamma-Gamma fits on the whole population as of the scoring date. The fits run only when the model
/// uses one of these metrics; customers who never bought get no estimate (missing data).
/// </summary>
public static class LifetimeMetrics
{
    /// <summary>Metric name of P(alive), 0–1.</summary>
    public const string AliveProbability = "aliveProbability";

    /// <summary>Metric name of the expected purchase days over the horizon.</summary>
    public const string ExpectedPurchases = "expectedPurchases";

    /// <summary>Metric name of the expected spend over the horizon (CLV).</summary>
    public const string ExpectedValue = "expectedValue";

    private static readonly string[] Names = [AliveProbability, ExpectedPurchases, ExpectedValue];

    /// <summary>Whether the model scores any lifetime metric.</summary>
    public static bool IsUsed(ScoringModel model) =>
        model.Groups.TryGetValue("purchase", out var purchase) && purchase.Metrics.Keys.Any(Names.Contains);

    /// <summary>The states with their lifetime estimates, and the fits behind them.</summary>
    public static LifetimeFits Apply(ScoringModel model, IReadOnlyList<CustomerState> states)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(states);
        if (!IsUsed(model))
        {
            return new LifetimeFits(states, null, null);
        }

        var summaries = states.Select(SummaryOf).ToList();
        var buyers = summaries.OfType<PurchaseSummary>().ToList();
        var bgNbd = BgNbdFitter.Fit(buyers);
        if (!bgNbd.Converged)
        {
            return new LifetimeFits(states, bgNbd, null);
        }

        var gammaGamma = GammaGammaFitter.Fit(buyers);
        var purchases = new BgNbdModel(bgNbd.Parameters);
        var spend = gammaGamma.Converged && gammaGamma.Parameters.Q > 1 ? new GammaGammaModel(gammaGamma.Parameters) : null;
        var horizon = model.Lifetime.HorizonWeeks;
        var enriched = new CustomerState[states.Count];
        for (var i = 0; i < states.Count; i++)
        {
            enriched[i] = summaries[i] is { } summary
                ? states[i] with { Lifetime = Estimate(purchases, spend, summary, horizon) }
                : states[i];
        }

        return new LifetimeFits(enriched, bgNbd, gammaGamma);
    }

    /// <summary>The BG/NBD summary of a state: purchase days, first and last, up to the as-of date.</summary>
    public static PurchaseSummary? SummaryOf(CustomerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.FirstPurchaseDay is not { } first || state.LastPurchaseDay is not { } last)
        {
            return null;
        }

        var asOfDay = DateOnly.FromDateTime(state.AsOf.UtcDateTime);
        var repeat = state.PurchaseDays - 1;
        var repeatSpend = Math.Max(0, state.NetSpend - state.FirstDaySpend);
        return new PurchaseSummary(
            state.CustomerId,
            first,
            repeat,
            PurchaseSummaryBuilder.Weeks(first, last),
            PurchaseSummaryBuilder.Weeks(first, asOfDay),
            repeat == 0 ? 0 : repeatSpend / repeat,
            state.NetSpend);
    }

    private static LifetimeEstimate Estimate(BgNbdModel purchases, GammaGammaModel? spend, PurchaseSummary summary, double horizon)
    {
        var expected = purchases.ExpectedPurchases(summary, horizon);
        return new LifetimeEstimate(
            purchases.ProbabilityAlive(summary),
            expected,
            spend is null ? null : expected * spend.ExpectedSpend(summary));
    }
}
