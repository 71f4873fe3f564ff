namespace RelationshipFunctions.Scoring;

/// <summary>
/// What the signals of one customer add up to as of a date. Built by <see cref="CustomerStateBuilder"/>,
/// whose result does not depend on the order in which the signals arrive.
/// </summary>
public sealed record CustomerState
{
    public required string CustomerId { get; init; }
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The first and the last purchase day (UTC dates), if the customer bought at all.</summary>
    public DateOnly? FirstPurchaseDay { get; init; }
    public DateOnly? LastPurchaseDay { get; init; }

    /// <summary>Distinct days with a purchase: several orders on one day count once.</summary>
    public int PurchaseDays { get; init; }

    /// <summary>Purchase signals, all counted.</summary>
    public int PurchaseCount { get; init; }

    /// <summary>Total spend minus refunds, in the business's currency; never below 0.</summary>
    public double NetSpend { get; init; }

    /// <summary>The spend on the first purchase day, which the Gamma-Gamma spend model leaves out.</summary>
    public double FirstDaySpend { get; init; }

    /// <summary>Long-term value from the population's BG/NBD and Gamma-Gamma fits; null when not computed.</summary>
    public LifetimeEstimate? Lifetime { get; init; }

    /// <summary>Distinct product categories bought (attribute <c>category</c>); null when no purchase named one.</summary>
    public int? Categories { get; init; }

    /// <summary>
    /// Behaviour and status metrics of the other groups by "group.metric" (for example engagement.emailOpens),
    /// already decayed to the as-of date; a metric without data is absent.
    /// </summary>
    public IReadOnlyDictionary<string, double> Activity { get; init; } = new Dictionary<string, double>();

    /// <summary>The latest firmographic attributes (industry, companySize, country, role) by attribute name.</summary>
    public IReadOnlyDictionary<string, string> Profile { get; init; } = new Dictionary<string, string>();

    /// <summary>Signals of every type that fed the state.</summary>
    public int SignalCount { get; init; }

    /// <summary>Whole days from the last purchase day to the as-of date.</summary>
    public int? RecencyDays => LastPurchaseDay is { } last
        ? DateOnly.FromDateTime(AsOf.UtcDateTime).DayNumber - last.DayNumber
        : null;
}
