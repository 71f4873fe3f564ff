using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Storage;

/// <summary>
/// One customer's score in one run. Partition: the customer's shard; row key:
/// <c>{customerId}|{as-of yyyyMMdd}</c>, so a customer's history is one key range and a rerun of the
/// same day replaces its row instead of adding one.
/// </summary>
public sealed class ScoreHistoryRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CustomerId { get; set; } = string.Empty;
    public double Score { get; set; }
    public string Tier { get; set; } = string.Empty;
    public double Confidence { get; set; }
    public string ModelVersion { get; set; } = string.Empty;
    public DateTimeOffset AsOf { get; set; }
    public string RunId { get; set; } = string.Empty;

    public static string RowKeyOf(string customerId, DateTimeOffset asOf) =>
        customerId + StorageLayout.KeySeparator + asOf.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
