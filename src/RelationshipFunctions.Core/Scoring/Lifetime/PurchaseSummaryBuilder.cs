namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>Builds <see cref="PurchaseSummary"/> rows from a list of transactions.</summary>
public static class PurchaseSummaryBuilder
{
    /// <summary>Days per week: the models' unit of time is the week.</summary>
    public const double DaysPerWeek = 7.0;

    /// <summary>
    /// Summarises every customer who bought on or before <paramref name="calibrationEnd"/>.
    /// </summary>
    /// <param name="transactions">Purchases in any order; those after the calibration end are ignored.</param>
    /// <param name="calibrationEnd">
    /// The last day of calibration, inclusive. T is measured from the first purchase day to this day,
    /// so a customer who first bought on 1997-01-01 with calibration ending 1997-09-30 has T = 272 / 7.
    /// </param>
    /// <returns>One summary per customer, ordered by customer id (ordinal).</returns>
    public static IReadOnlyList<PurchaseSummary> Build(
        IEnumerable<CustomerTransaction> transactions,
        DateOnly calibrationEnd)
    {
        ArgumentNullException.ThrowIfNull(transactions);

        var days = new Dictionary<string, SortedDictionary<DateOnly, double>>(StringComparer.Ordinal);
        foreach (var transaction in transactions)
        {
            if (transaction.Date > calibrationEnd)
            {
                continue;
            }

            if (!days.TryGetValue(transaction.CustomerId, out var perDay))
            {
                perDay = [];
                days[transaction.CustomerId] = perDay;
            }

            perDay[transaction.Date] = perDay.GetValueOrDefault(transaction.Date) + transaction.Amount;
        }

        return days
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => Summarise(pair.Key, pair.Value, calibrationEnd))
            .ToList();
    }

    private static PurchaseSummary Summarise(
        string customerId,
        SortedDictionary<DateOnly, double> perDay,
        DateOnly calibrationEnd)
    {
        var first = perDay.Keys.First();
        var last = perDay.Keys.Last();
        var total = perDay.Values.Sum();
        var firstAmount = perDay[first];
        var repeat = perDay.Count - 1;
        var meanRepeat = repeat == 0 ? 0.0 : (total - firstAmount) / repeat;

        return new PurchaseSummary(
            customerId,
            first,
            repeat,
            Weeks(first, last),
            Weeks(first, calibrationEnd),
            meanRepeat,
            total);
    }

    /// <summary>Fractional weeks from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static double Weeks(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / DaysPerWeek;
}
