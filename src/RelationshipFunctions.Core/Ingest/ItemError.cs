namespace RelationshipFunctions.Ingest;

/// <summary>Why one item of a batch was not accepted.</summary>
/// <param name="Index">The zero-based position of the item in the batch (for NDJSON, among the non-blank lines: blank lines are not items).</param>
/// <param name="Field">The field at fault, in the wire name, or <c>$</c> for the whole item.</param>
/// <param name="Message">A sentence a producer can act on. It never repeats the submitted value.</param>
public sealed record ItemError(int Index, string Field, string Message);
