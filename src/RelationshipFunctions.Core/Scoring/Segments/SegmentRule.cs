namespace RelationshipFunctions.Scoring.Segments;

/// <summary>
/// A named segment and the conditions a customer must meet, all of them; a condition left out always holds.
/// A condition on a value the customer does not have (no trend yet, no P(alive)) does not hold.
/// </summary>
public sealed record SegmentRule
{
    /// <summary>The segment's name, for example champions. Required.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The tiers the customer must hold, if given.</summary>
    public IReadOnlyList<string>? Tiers { get; init; }

    /// <summary>Bounds on the overall score, inclusive.</summary>
    public double? MinScore { get; init; }

    /// <inheritdoc cref="MinScore"/>
    public double? MaxScore { get; init; }

    /// <summary>Bounds on the change of the score over 30 days, inclusive.</summary>
    public double? MinTrend30 { get; init; }

    /// <inheritdoc cref="MinTrend30"/>
    public double? MaxTrend30 { get; init; }

    /// <summary>Bounds on P(alive), 0–1, inclusive.</summary>
    public double? MinAliveProbability { get; init; }

    /// <inheritdoc cref="MinAliveProbability"/>
    public double? MaxAliveProbability { get; init; }

    /// <summary>Bounds on the days since the last purchase, inclusive.</summary>
    public double? MinRecencyDays { get; init; }

    /// <inheritdoc cref="MinRecencyDays"/>
    public double? MaxRecencyDays { get; init; }

    /// <summary>Lowest group scores (0–100), by group name.</summary>
    public IReadOnlyDictionary<string, double>? MinGroupScores { get; init; }

    /// <summary>Highest group scores (0–100), by group name.</summary>
    public IReadOnlyDictionary<string, double>? MaxGroupScores { get; init; }
}
