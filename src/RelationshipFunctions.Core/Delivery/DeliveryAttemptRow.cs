using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// One delivery attempt in a subscription's log. Partition: the subscription id; row key: reversed ticks of
/// the attempt time, then the event id and attempt number, so a query returns the newest first.
/// </summary>
public sealed class DeliveryAttemptRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string EventId { get; set; } = string.Empty;
    public int Attempt { get; set; }
    public DateTimeOffset AttemptedAt { get; set; }

    /// <summary>The receiver's HTTP status, or null when no answer came (timeout, refused, connection error).</summary>
    public int? StatusCode { get; set; }
    public long LatencyMs { get; set; }

    /// <summary><c>delivered</c>, <c>retrying</c>, <c>dead_lettered</c>, <c>gone</c> or <c>skipped</c>.</summary>
    public string Outcome { get; set; } = string.Empty;

    /// <summary>Why the attempt failed, without the receiver's body; null on success.</summary>
    public string? Error { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }

    public static string RowKeyOf(DateTimeOffset at, string eventId, int attempt) => string.Create(
        CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}_{eventId}_{attempt:D2}");
}
