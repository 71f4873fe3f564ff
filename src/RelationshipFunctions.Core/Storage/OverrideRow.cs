using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Storage;

/// <summary>
/// A manual override, or one entry of its audit trail. Partition: the customer's shard. Row key: the customer
/// id for the override in force; <c>customer|audit|ticks</c> for audit entries, which are never changed.
/// </summary>
public sealed class OverrideRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CustomerId { get; set; } = string.Empty;

    /// <summary>"set" or "clear" (audit entries); "set" for the override in force.</summary>
    public string Action { get; set; } = "set";

    /// <summary>The tier the customer is pinned to, or null.</summary>
    public string? PinTier { get; set; }

    /// <summary>Points added to (or, negative, taken from) the score, or null.</summary>
    public double? Adjustment { get; set; }

    public string Reason { get; set; } = string.Empty;
    public string Author { get; set; } = string.Empty;

    /// <summary>The override ends at this instant.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public static string AuditKeyOf(string customerId, DateTimeOffset at) =>
        customerId + StorageLayout.KeySeparator + "audit" + StorageLayout.KeySeparator
        + at.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
}
