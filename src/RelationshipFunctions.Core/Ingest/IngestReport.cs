namespace RelationshipFunctions.Ingest;

/// <summary>
/// The answer to one submitted batch. Every item is accounted for exactly once:
/// <c>Accepted + Duplicates + Rejected == Received</c>.
/// </summary>
/// <param name="Received">Items in the batch.</param>
/// <param name="Accepted">New signals stored by this request.</param>
/// <param name="Duplicates">Signals stored earlier (or earlier in this batch); acknowledged, not stored again.</param>
/// <param name="Rejected">Items that failed validation; nothing of them was stored.</param>
/// <param name="Errors">Why each rejected item failed, by item index and field.</param>
/// <param name="DuplicateIndexes">The indexes of the duplicate items.</param>
public sealed record IngestReport(
    int Received,
    int Accepted,
    int Duplicates,
    int Rejected,
    IReadOnlyList<ItemError> Errors,
    IReadOnlyList<int> DuplicateIndexes)
{
    public static IngestReport Empty { get; } = new(0, 0, 0, 0, [], []);
}
