namespace RelationshipFunctions.Ingest;

/// <summary>One item of a submitted batch: a valid signal, or the reasons it is not one.</summary>
public sealed record ParsedItem(int Index, Signal? Signal, IReadOnlyList<ItemError> Errors)
{
    public bool IsValid => Signal is not null;
}
