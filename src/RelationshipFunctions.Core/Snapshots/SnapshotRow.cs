namespace RelationshipFunctions.Snapshots;

/// <summary>One customer's line in a segment snapshot.</summary>
public sealed record SnapshotRow(
    string CustomerId,
    string Tier,
    double Score,
    double Confidence,
    int? RecencyDays,
    int PurchaseDays,
    double NetSpend,
    IReadOnlyDictionary<string, double?> GroupScores);
