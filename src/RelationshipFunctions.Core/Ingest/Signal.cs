namespace RelationshipFunctions.Ingest;

/// <summary>A validated activity signal, ready to store.</summary>
/// <param name="CustomerId">The business's customer id (or a pseudonym derived from an email).</param>
/// <param name="Type">A name from <see cref="SignalTypes"/>.</param>
/// <param name="OccurredAt">When the activity happened, not when it was received.</param>
/// <param name="Source">The system that produced the signal, for example <c>shop</c> or <c>sendgrid</c>.</param>
/// <param name="SourceEventId">The producer's id for the event; (source, id) identifies a signal.</param>
/// <param name="Value">The numeric value whose meaning depends on the type.</param>
/// <param name="Attributes">Small string attributes such as category, quantity or industry.</param>
public sealed record Signal(
    string CustomerId,
    string Type,
    DateTimeOffset OccurredAt,
    string Source,
    string SourceEventId,
    double? Value,
    IReadOnlyDictionary<string, string> Attributes);
