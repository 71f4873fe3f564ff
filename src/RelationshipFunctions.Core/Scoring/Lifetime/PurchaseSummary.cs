namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>
/// One customer's purchase history in the calibration period, reduced to what the BG/NBD and
/// Gamma-Gamma models need. A purchase is a purchase day: several purchases on one day count once.
/// All times are in weeks (days / 7).
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="FirstPurchase">The day of the first purchase; time zero for this customer.</param>
/// <param name="RepeatPurchases">x: the number of purchase days after the first one.</param>
/// <param name="LastPurchaseWeeks">t_x: weeks from the first to the last purchase day; 0 when x = 0.</param>
/// <param name="ObservedWeeks">T: weeks from the first purchase to the end of calibration.</param>
/// <param name="MeanRepeatSpend">
/// The mean amount per repeat purchase day (the first day left out), as the Gamma-Gamma model
/// expects; 0 when x = 0.
/// </param>
/// <param name="TotalSpend">The amount spent over all purchase days in calibration, the first included.</param>
public sealed record PurchaseSummary(
    string CustomerId,
    DateOnly FirstPurchase,
    int RepeatPurchases,
    double LastPurchaseWeeks,
    double ObservedWeeks,
    double MeanRepeatSpend,
    double TotalSpend)
{
    /// <summary>Weeks from the last purchase day to the end of calibration (T − t_x).</summary>
    public double WeeksSinceLastPurchase => ObservedWeeks - LastPurchaseWeeks;

    /// <summary>The mean amount per purchase day over all purchase days, the first included.</summary>
    public double MeanSpendPerPurchaseDay => TotalSpend / (RepeatPurchases + 1);
}
