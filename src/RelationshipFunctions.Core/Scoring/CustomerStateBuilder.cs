using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// Folds one customer's signals into a <see cref="CustomerState"/>. Every aggregate is a sum, a count,
/// a set or a min/max, so the result is the same whatever order the signals come in.
/// </summary>
public sealed class CustomerStateBuilder(string customerId)
{
    // Spend per purchase day (day number): a map, so the first day's spend is known whatever the order.
    private readonly Dictionary<int, decimal> _purchaseDays = [];
    private readonly HashSet<string> _categories = new(StringComparer.OrdinalIgnoreCase);
    private int _purchaseCount;
    // Decimal, because double addition is not associative: the rounded net spend would depend on signal order.
    private decimal _spend;
    private decimal _refunds;
    private int _signals;

    public string CustomerId { get; } = customerId;

    public void Add(Signal signal)
    {
        _signals++;
        switch (signal.Type)
        {
            case SignalTypes.Purchase:
                _purchaseCount++;
                var day = DateOnly.FromDateTime(signal.OccurredAt.UtcDateTime).DayNumber;
                _purchaseDays[day] = _purchaseDays.GetValueOrDefault(day) + (decimal)(signal.Value ?? 0);
                _spend += (decimal)(signal.Value ?? 0);
                if (signal.Attributes.TryGetValue("category", out var category))
                {
                    _categories.Add(category);
                }

                break;
            case SignalTypes.Refund:
                _refunds += (decimal)(signal.Value ?? 0);
                break;
        }
    }

    public CustomerState Build(DateTimeOffset asOf) => new()
    {
        CustomerId = CustomerId,
        AsOf = asOf,
        FirstPurchaseDay = _purchaseDays.Count == 0 ? null : DateOnly.FromDayNumber(_purchaseDays.Keys.Min()),
        LastPurchaseDay = _purchaseDays.Count == 0 ? null : DateOnly.FromDayNumber(_purchaseDays.Keys.Max()),
        PurchaseDays = _purchaseDays.Count,
        PurchaseCount = _purchaseCount,
        NetSpend = (double)Math.Max(0, Math.Round(_spend - _refunds, 2)),
        FirstDaySpend = _purchaseDays.Count == 0 ? 0 : (double)_purchaseDays[_purchaseDays.Keys.Min()],
        Categories = _categories.Count == 0 ? null : _categories.Count,
        SignalCount = _signals,
    };
}
