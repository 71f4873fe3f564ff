namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>
/// Forecasts the cumulative repeat purchases of a cohort whose customers were acquired over time: each
/// customer contributes E[X(t)] evaluated at their own time since first purchase.
/// </summary>
public static class CohortForecast
{
    /// <summary>
    /// The expected cumulative repeat purchases of the cohort by the end of each week 1 … <paramref name="weeks"/>,
    /// counted from <paramref name="origin"/> (week w ends <c>7 w</c> days after the origin).
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="firstPurchases">Each customer's first purchase day.</param>
    /// <param name="origin">Day zero of the week count, e.g. the start of the acquisition period.</param>
    /// <param name="weeks">How many weeks to forecast.</param>
    /// <returns>Element w − 1 holds the cumulative total by the end of week w.</returns>
    public static IReadOnlyList<double> CumulativeRepeatPurchases(
        BgNbdModel model,
        IEnumerable<DateOnly> firstPurchases,
        DateOnly origin,
        int weeks)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(firstPurchases);
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);

        var cohorts = firstPurchases
            .GroupBy(day => PurchaseSummaryBuilder.Weeks(origin, day))
            .Select(g => (Start: g.Key, Count: g.Count()))
            .ToArray();
        var totals = new double[weeks];
        for (var w = 1; w <= weeks; w++)
        {
            totals[w - 1] = cohorts.Sum(c => c.Count * model.ExpectedRepeatPurchases(w - c.Start));
        }

        return totals;
    }
}
