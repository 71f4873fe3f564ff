namespace RelationshipFunctions.Import;

/// <summary>One line of a purchase history file, before validation.</summary>
/// <remarks><see cref="Line"/> is the 1-based line number in the file, for error reports.</remarks>
public sealed record PurchaseRecord(
    int Line,
    string CustomerId,
    DateTimeOffset OccurredAt,
    string EventId,
    double Amount,
    IReadOnlyDictionary<string, string> Attributes);
