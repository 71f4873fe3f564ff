namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>Customer lifetime value: expected purchases over a horizon times expected spend per purchase.</summary>
public static class CustomerLifetimeValue
{
    /// <summary>
    /// The expected value of a customer's purchases over the next <paramref name="horizonWeeks"/> weeks.
    /// </summary>
    /// <param name="purchases">The fitted BG/NBD model.</param>
    /// <param name="spend">The fitted Gamma-Gamma model (needs q &gt; 1).</param>
    /// <param name="summary">The customer's calibration summary.</param>
    /// <param name="horizonWeeks">The horizon in weeks.</param>
    /// <param name="annualDiscountRate">
    /// The yearly discount rate, e.g. 0.1 for 10 %. Default 0: no discounting, and the value is simply
    /// E[purchases over the horizon] × E[spend]. Otherwise each week's expected purchases are discounted
    /// by (1 + rate)^(−week / 52), taking the week's purchases at its end.
    /// </param>
    public static double Compute(
        BgNbdModel purchases,
        GammaGammaModel spend,
        PurchaseSummary summary,
        double horizonWeeks,
        double annualDiscountRate = 0)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentOutOfRangeException.ThrowIfNegative(horizonWeeks);
        ArgumentOutOfRangeException.ThrowIfNegative(annualDiscountRate);

        var perPurchase = spend.ExpectedSpend(summary);
        if (annualDiscountRate == 0)
        {
            return purchases.ExpectedPurchases(summary, horizonWeeks) * perPurchase;
        }

        var value = 0.0;
        var previous = 0.0;
        var previousCumulative = 0.0;
        for (var week = 1.0; previous < horizonWeeks; week++)
        {
            var end = Math.Min(week, horizonWeeks);
            var cumulative = purchases.ExpectedPurchases(summary, end);
            value += (cumulative - previousCumulative) * Math.Pow(1 + annualDiscountRate, -end / 52.0);
            previous = end;
            previousCumulative = cumulative;
        }

        return value * perPurchase;
    }
}
