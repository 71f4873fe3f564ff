namespace RelationshipFunctions.Snapshots;

/// <summary>The media types snapshot files are stored and served with.</summary>
public static class ContentTypes
{
    public const string Csv = "text/csv; charset=utf-8";
    public const string JsonLines = "application/x-ndjson";
    public const string Parquet = "application/vnd.apache.parquet";
    public const string Html = "text/html; charset=utf-8";
    public const string Json = "application/json";
}
