using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Storage;

/// <summary>
/// A customer's current state and score. Partition: the customer's shard; row key: the customer id.
/// </summary>
public sealed class CustomerRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public double Score { get; set; }
    public string Tier { get; set; } = string.Empty;
    public string? PreviousTier { get; set; }
    public double Confidence { get; set; }

    /// <summary>The factor breakdown as JSON (a list of <see cref="Scoring.FactorScore"/>).</summary>
    public string Factors { get; set; } = "[]";

    /// <summary>The folded state as JSON (a <see cref="Scoring.CustomerState"/>).</summary>
    public string State { get; set; } = "{}";

    public string ModelVersion { get; set; } = string.Empty;
    public DateTimeOffset AsOf { get; set; }
    public string RunId { get; set; } = string.Empty;
}
