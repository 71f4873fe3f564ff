using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>What one customer did in the holdout period: purchase days and total spend.</summary>
internal sealed record HoldoutOutcome(int PurchaseDays, double Spend)
{
    /// <summary>
    /// Holdout outcomes by customer id, for purchases after <paramref name="calibrationEnd"/> up to
    /// <paramref name="holdoutEnd"/> inclusive.
    /// </summary>
    public static Dictionary<string, HoldoutOutcome> Collect(
        IEnumerable<CustomerTransaction> transactions,
        DateOnly calibrationEnd,
        DateOnly holdoutEnd) =>
        transactions
            .Where(t => t.Date > calibrationEnd && t.Date <= holdoutEnd)
            .GroupBy(t => t.CustomerId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new HoldoutOutcome(g.Select(t => t.Date).Distinct().Count(), g.Sum(t => t.Amount)),
                StringComparer.Ordinal);
}
