using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Storage;

/// <summary>One rescoring run. Partition: <c>run</c>; row key: the run id, which sorts by start time.</summary>
public sealed class RunRow : ITableEntity
{
    public const string Partition = "run";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset AsOf { get; set; }
    public string ModelVersion { get; set; } = string.Empty;
    public int Customers { get; set; }
    public long Signals { get; set; }
    public int TierChanges { get; set; }
    public string SnapshotFolder { get; set; } = string.Empty;
    public long ElapsedMs { get; set; }

    /// <summary>Tier counts as JSON.</summary>
    public string TierCounts { get; set; } = "{}";
}
