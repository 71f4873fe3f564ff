using System.Text.Json.Serialization;
using RelationshipFunctions.Scoring.Segments;
using RelationshipFunctions.Scoring.Tiers;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// The scoring model: one reviewed, versioned file (<c>scoring-model.json</c>) that says which
/// metrics count, how each maps to 0–100, how they are weighted, and where the tiers begin.
/// </summary>
public sealed record ScoringModel
{
    /// <summary>The file format version. Default: 1.</summary>
    public int Schema { get; init; } = 1;

    /// <summary>The model's own version, recorded with every score it produces. Required.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>What the business wants the score to serve: retention, lifetime value or advocacy. Default: retention.</summary>
    public string Objective { get; init; } = "retention";

    /// <summary>What a missing metric does: <c>renormalize</c> the other weights, or count as <c>neutral</c>. Default: renormalize.</summary>
    public MissingDataRule MissingData { get; init; } = MissingDataRule.Renormalize;

    /// <summary>The score (0–100) a missing metric counts as under the neutral rule. Default: 50.</summary>
    public double NeutralScore { get; init; } = 50;

    /// <summary>The factor groups, by name (purchase, engagement, support, loyalty, referral, feedback, fit).</summary>
    public IReadOnlyDictionary<string, GroupModel> Groups { get; init; } = new Dictionary<string, GroupModel>();

    /// <summary>
    /// The half-life, in days, of behaviour metrics (visits, opens, tickets, points, referrals, feedback): an
    /// event that many days old counts half. 0 turns decay off. Default: 90.
    /// </summary>
    public double BehaviourHalfLifeDays { get; init; } = 90;

    /// <summary>
    /// The tables of good firmographic values for the fit group's metrics (industry, companySize, location,
    /// role), by metric name; a fit metric the model scores needs its table.
    /// </summary>
    public IReadOnlyDictionary<string, FitTableModel> Fit { get; init; } = new Dictionary<string, FitTableModel>();

    /// <summary>Settings of the long-term value metrics. Default: a 52-week horizon.</summary>
    public LifetimeModel Lifetime { get; init; } = new();

    /// <summary>Tiers from the highest threshold down; the last must start at 0.</summary>
    public IReadOnlyList<TierModel> Tiers { get; init; } = [];

    /// <summary>The margin and number of runs before a tier changes. Default: no hysteresis.</summary>
    public TierHysteresisModel TierHysteresis { get; init; } = new();

    /// <summary>Named segments, tried in order; the first rule a customer meets names their segment.</summary>
    public IReadOnlyList<SegmentRule> Segments { get; init; } = [];
}

/// <summary>A factor group: its weight in the overall score and its metrics.</summary>
public sealed record GroupModel
{
    /// <summary>The group's weight relative to the other groups. Must be at least 0.</summary>
    public double Weight { get; init; }

    /// <summary>The group's metrics by name, for example recency or frequency.</summary>
    public IReadOnlyDictionary<string, MetricModel> Metrics { get; init; } = new Dictionary<string, MetricModel>();
}

/// <summary>How one metric maps to 0–100 and weighs inside its group.</summary>
public sealed record MetricModel
{
    /// <summary>The metric's weight inside its group. Must be at least 0.</summary>
    public double Weight { get; init; }

    /// <summary>The transform to 0–100. Default: percentile rank in the population.</summary>
    public TransformKind Transform { get; init; } = TransformKind.Percentile;

    /// <summary>Whether more is better (purchases) or worse (days since last purchase, tickets). Default: higherIsBetter.</summary>
    public Direction Direction { get; init; } = Direction.HigherIsBetter;

    /// <summary>For <c>log</c> and <c>linear</c>: the raw value that maps to 0 (before direction). Default: 0.</summary>
    public double Min { get; init; }

    /// <summary>For <c>log</c> and <c>linear</c>: the raw value that maps to 100 (before direction). Required for those transforms.</summary>
    public double? Max { get; init; }

    /// <summary>For <c>thresholds</c>: ascending raw values and the score each earns, linear in between.</summary>
    public IReadOnlyList<ThresholdPoint> Points { get; init; } = [];
}

/// <summary>One point of a thresholds transform.</summary>
public sealed record ThresholdPoint(double Value, double Score);

/// <summary>A tier and the lowest score that reaches it.</summary>
public sealed record TierModel(string Name, double MinScore);

[JsonConverter(typeof(JsonStringEnumConverter<MissingDataRule>))]
public enum MissingDataRule
{
    Renormalize,
    Neutral,
}

[JsonConverter(typeof(JsonStringEnumConverter<TransformKind>))]
public enum TransformKind
{
    Percentile,
    Linear,
    Log,
    Thresholds,
}

[JsonConverter(typeof(JsonStringEnumConverter<Direction>))]
public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}
