namespace RelationshipFunctions.Snapshots;

/// <summary>RFC 4180 field quoting.</summary>
public static class CsvText
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
