using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using RelationshipFunctions.Notifications;

namespace RelationshipFunctions.Storage;

/// <summary>
/// The outbox of tier changes. Partition: <c>d{as-of yyyyMMdd}</c>; row key: the event id. Written
/// before anything is sent; <see cref="Published"/> is set once the event is handed to delivery.
/// </summary>
public sealed class TierChangeRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CustomerId { get; set; } = string.Empty;
    public string Event { get; set; } = "{}";
    public bool Published { get; set; }

    public static string PartitionOf(DateTimeOffset asOf) =>
        "d" + asOf.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    public static TierChangeRow From(TierChangeEvent change) => new()
    {
        PartitionKey = PartitionOf(change.AsOf),
        RowKey = change.Id,
        CustomerId = change.CustomerId,
        Event = JsonSerializer.Serialize(change),
    };

    public TierChangeEvent ToEvent() => JsonSerializer.Deserialize<TierChangeEvent>(Event)!;
}
