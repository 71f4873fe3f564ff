using System.Runtime.Serialization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// A webhook subscription. Partition: <c>sub</c>; row key: the subscription id. The secret is kept to sign
/// deliveries and leaves the service only in the answer that creates or rotates it.
/// </summary>
public sealed class SubscriptionRow : ITableEntity
{
    public const string Partition = "sub";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Url { get; set; } = string.Empty;

    /// <summary>Comma-separated event types.</summary>
    public string EventTypes { get; set; } = string.Empty;

    /// <summary>The <see cref="SubscriptionFilter"/> as JSON, or null for none.</summary>
    public string? Filter { get; set; }

    // TODO(webhooks): keep signing secrets in Key Vault rather than in the table.
    public string Secret { get; set; } = string.Empty;
    public bool Enabled { get; set; } = true;
    public string? DisabledReason { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>When the current run of failed attempts began; null after a success.</summary>
    public DateTimeOffset? FailingSince { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    [IgnoreDataMember]
    public IReadOnlyList<string> EventTypeList => EventTypes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    [IgnoreDataMember]
    public SubscriptionFilter? FilterValue => Filter is null ? null : JsonSerializer.Deserialize<SubscriptionFilter>(Filter, Json);

    public static string? FilterJson(SubscriptionFilter? filter) => filter is null ? null : JsonSerializer.Serialize(filter, Json);
}
