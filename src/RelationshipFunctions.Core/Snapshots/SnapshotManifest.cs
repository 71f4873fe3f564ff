namespace RelationshipFunctions.Snapshots;

/// <summary>Describes one snapshot run; written after its data files, so a reader that finds it finds them.</summary>
public sealed record SnapshotManifest(
    int SchemaVersion,
    string RunId,
    DateTimeOffset AsOf,
    DateTimeOffset CreatedAt,
    string ModelVersion,
    int CustomerCount,
    IReadOnlyDictionary<string, int> TierCounts,
    IReadOnlyList<SnapshotFile> Files)
{
    /// <summary>Version 2 added segment counts, per-tier and per-segment files, Parquet and the report.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>Customers per named segment; empty while the model assigns none.</summary>
    public IReadOnlyDictionary<string, int> SegmentCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>The newest purchase in the data, as the report's measure of data freshness.</summary>
    public DateTimeOffset? NewestPurchase { get; init; }

    /// <summary>The folder of this run, <c>{run date}/{run id}/</c>.</summary>
    public string Folder { get; init; } = string.Empty;

    /// <summary>The file with that name, or <c>null</c>.</summary>
    public SnapshotFile? FileNamed(string name) => Files.FirstOrDefault(file => file.Name == name);
}

/// <summary>One data file of a snapshot, with what a reader needs to check it.</summary>
/// <param name="Name">The blob name inside the run's folder.</param>
/// <param name="ContentType">The MIME type the blob is served with.</param>
/// <param name="Bytes">The exact size.</param>
/// <param name="Rows">Customers in the file (0 for the report).</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the content.</param>
public sealed record SnapshotFile(string Name, string ContentType, long Bytes, int Rows, string Sha256)
{
    /// <summary>The tier the file holds, for a per-tier file.</summary>
    public string? Tier { get; init; }

    /// <summary>The segment the file holds, for a per-segment file.</summary>
    public string? Segment { get; init; }
}

/// <summary>The content of <c>latest.json</c>: where the newest complete snapshot is.</summary>
public sealed record LatestPointer(string RunId, string Folder, DateTimeOffset AsOf, string ModelVersion);
