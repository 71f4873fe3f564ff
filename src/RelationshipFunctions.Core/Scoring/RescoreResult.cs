namespace RelationshipFunctions.Scoring;

/// <summary>What one rescoring run did.</summary>
public sealed record RescoreResult(
    string RunId,
    DateTimeOffset AsOf,
    string ModelVersion,
    int Customers,
    long Signals,
    IReadOnlyDictionary<string, int> TierCounts,
    int TierChanges,
    string SnapshotFolder,
    long ElapsedMs,
    IReadOnlyList<CustomerScore> Top);
