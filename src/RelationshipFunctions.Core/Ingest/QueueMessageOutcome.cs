namespace RelationshipFunctions.Ingest;

/// <summary>What became of one queue message: its report, and whether (part of) it went to quarantine.</summary>
public sealed record QueueMessageOutcome(IngestReport Report, bool Quarantined, string? Reason);
