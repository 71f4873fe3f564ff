using System.ComponentModel.DataAnnotations;

namespace RelationshipFunctions.Snapshots;

/// <summary>How snapshots are kept and shared.</summary>
public sealed class SnapshotOptions
{
    public const string SectionName = "Snapshots";

    /// <summary>How many complete runs to keep; older ones are deleted after each run. Default: 14.</summary>
    [Range(1, 1000, ErrorMessage = "Snapshots:RetainRuns must be between 1 and 1000.")]
    public int RetainRuns { get; set; } = 14;

    /// <summary>How long a read-only link to a snapshot file stays valid, in minutes. Default: 15.</summary>
    [Range(1, 60, ErrorMessage = "Snapshots:LinkLifetimeMinutes must be between 1 and 60.")]
    public int LinkLifetimeMinutes { get; set; } = 15;

    /// <summary>Rows buffered per Parquet row group; bounds the writer's memory. Default: 50,000.</summary>
    [Range(1000, 1_000_000, ErrorMessage = "Snapshots:ParquetRowGroupSize must be between 1,000 and 1,000,000.")]
    public int ParquetRowGroupSize { get; set; } = 50_000;
}
