using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// Folds one customer's signals into a <see cref="CustomerState"/>. Every aggregate is a sum, a count,
/// a set, a min/max or a latest-by-time value with a fixed tie-break, so the result is the same whatever
/// order the signals come in. Behaviour metrics decay by each signal's age at the as-of date.
/// </summary>
public sealed class CustomerStateBuilder(string customerId)
{
    /// <summary>The firmographic attributes the fit group reads, by metric name.</summary>
    public static readonly IReadOnlyDictionary<string, string> FitAttributes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["industry"] = "industry",
        ["companySize"] = "companySize",
        ["location"] = "country",
        ["role"] = "role",
    };

    // Spend per purchase day (day number): a map, so the first day's spend is known whatever the order.
    private readonly Dictionary<int, decimal> _purchaseDays = [];
    private readonly HashSet<string> _categories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DecayedSeries> _series = new(StringComparer.Ordinal);
    private readonly HashSet<FactorGroup> _groups = [];
    private readonly LatestValue _subscription = new();
    private readonly LatestValue _loyaltyTier = new();
    private readonly Dictionary<string, LatestValue> _profile = new(StringComparer.Ordinal);
    private int _purchaseCount;
    // Decimal, because double addition is not associative: the rounded net spend would depend on signal order.
    private decimal _spend;
    private decimal _refunds;
    private bool _loyaltyMember;
    private int _signals;

    public string CustomerId { get; } = customerId;

    public void Add(Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        _signals++;
        if (SignalTypes.TryGet(signal.Type, out var type))
        {
            _groups.Add(type.Group);
        }

        var day = DateOnly.FromDateTime(signal.OccurredAt.UtcDateTime);
        switch (signal.Type)
        {
            case SignalTypes.Purchase:
                _purchaseCount++;
                _purchaseDays[day.DayNumber] = _purchaseDays.GetValueOrDefault(day.DayNumber) + (decimal)(signal.Value ?? 0);
                _spend += (decimal)(signal.Value ?? 0);
                if (signal.Attributes.TryGetValue("category", out var category))
                {
                    _categories.Add(category);
                }

                break;
            case SignalTypes.Refund:
                _refunds += (decimal)(signal.Value ?? 0);
                break;
            case SignalTypes.NewsletterSubscribe or SignalTypes.EmailResubscribe:
                _subscription.Offer(signal.OccurredAt, "1");
                break;
            case SignalTypes.NewsletterUnsubscribe or SignalTypes.EmailUnsubscribe:
                // "0" sorts before "1": at the same instant a subscribe wins, as the later intent is unknown.
                _subscription.Offer(signal.OccurredAt, "0");
                break;
            case SignalTypes.LoyaltyJoined:
                _loyaltyMember = true;
                break;
            case SignalTypes.LoyaltyTier when signal.Value is { } rank:
                _loyaltyTier.Offer(signal.OccurredAt, rank.ToString("000", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case SignalTypes.ProfileFirmographic:
                AddProfile(signal);
                break;
            case SignalTypes.TicketSolved when signal.Value is null:
                break; // A solved ticket without a resolution time says nothing about resolution time.
            case var other when BehaviourMetrics.SignalTypeNames.Contains(other):
                SeriesOf(other).Add(day, signal.Value ?? 1);
                break;
        }
    }

    /// <summary>The state as of <paramref name="asOf"/>, behaviour decaying with the given half-life (0: none).</summary>
    public CustomerState Build(DateTimeOffset asOf, double halfLifeDays = 0)
    {
        var asOfDay = DateOnly.FromDateTime(asOf.UtcDateTime);
        var activity = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var definition in BehaviourMetrics.All)
        {
            var group = Enum.Parse<FactorGroup>(definition.Group, ignoreCase: true);
            if (BehaviourMetrics.Compute(definition, _series.GetValueOrDefault(definition.SignalType), _groups.Contains(group),
                    asOfDay, halfLifeDays) is { } value)
            {
                activity[definition.Group + "." + definition.Metric] = value;
            }
        }

        AddStatus(activity);
        return new CustomerState
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
            Activity = activity,
            Profile = _profile.ToDictionary(entry => entry.Key, entry => entry.Value.Value!, StringComparer.Ordinal),
            SignalCount = _signals,
        };
    }

    private void AddStatus(SortedDictionary<string, double> activity)
    {
        if (_subscription.Value is { } subscribed)
        {
            activity["engagement.subscribed"] = subscribed == "1" ? 1 : 0;
        }

        if (_groups.Contains(FactorGroup.Loyalty))
        {
            activity["loyalty.member"] = _loyaltyMember ? 1 : 0;
        }

        if (_loyaltyTier.Value is { } tier)
        {
            activity["loyalty.tier"] = int.Parse(tier, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private void AddProfile(Signal signal)
    {
        foreach (var attribute in FitAttributes.Values)
        {
            if (signal.Attributes.TryGetValue(attribute, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                if (!_profile.TryGetValue(attribute, out var latest))
                {
                    _profile[attribute] = latest = new LatestValue();
                }

                latest.Offer(signal.OccurredAt, value.Trim());
            }
        }
    }

    private DecayedSeries SeriesOf(string signalType)
    {
        if (!_series.TryGetValue(signalType, out var series))
        {
            _series[signalType] = series = new DecayedSeries();
        }

        return series;
    }
}
