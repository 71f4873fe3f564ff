namespace RelationshipFunctions.Import;

/// <summary>A line of an import file: a purchase, or why the line could not be read.</summary>
public sealed record ImportLine(int Line, PurchaseRecord? Record, string? Error)
{
    public static ImportLine Ok(PurchaseRecord record) => new(record.Line, record, null);

    public static ImportLine Failed(int line, string error) => new(line, null, error);
}
