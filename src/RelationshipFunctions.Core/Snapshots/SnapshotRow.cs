namespace RelationshipFunctions.Snapshots;

/// <summary>
/// One customer's line in a segment snapshot. The positional members are what the first scoring model
/// produces; the init-only members are filled as the model grows and stay <c>null</c> until it does,
/// so a new field is one property here plus a column at the end of each format.
/// </summary>
public sealed record SnapshotRow(
    string CustomerId,
    string Tier,
    double Score,
    double Confidence,
    int? RecencyDays,
    int PurchaseDays,
    double NetSpend,
    IReadOnlyDictionary<string, double?> GroupScores)
{
    /// <summary>The named segment (champions, at risk ...), when the model assigns one.</summary>
    public string? Segment { get; init; }

    /// <summary>Score change per run over the recent history, in points, when the model measures it.</summary>
    public double? Trend { get; init; }

    /// <summary>The probability that the customer is still active (BG/NBD), 0..1.</summary>
    public double? ProbabilityAlive { get; init; }

    /// <summary>Expected customer lifetime value in the currency of the purchases.</summary>
    public double? LifetimeValue { get; init; }

    /// <summary>The tier the customer held before this run; <c>null</c> for a customer scored for the first time.</summary>
    public string? PreviousTier { get; init; }

    /// <summary>The score the customer held before this run; <c>null</c> for a customer scored for the first time.</summary>
    public double? PreviousScore { get; init; }
}
