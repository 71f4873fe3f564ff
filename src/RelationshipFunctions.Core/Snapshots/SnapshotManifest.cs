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
    public const int CurrentSchemaVersion = 1;
}

/// <summary>One data file of a snapshot, with what a reader needs to check it.</summary>
public sealed record SnapshotFile(string Name, string ContentType, long Bytes, int Rows, string Sha256);

/// <summary>The content of <c>latest.json</c>: where the newest complete snapshot is.</summary>
public sealed record LatestPointer(string RunId, string Folder, DateTimeOffset AsOf, string ModelVersion);
