using System.Text.Json;
using RelationshipFunctions.Notifications;

namespace RelationshipFunctions.Delivery;

/// <summary>The body a receiver gets: the event's type and time, and the change itself under <c>data</c>.</summary>
public sealed record WebhookPayload(string Id, string Type, DateTimeOffset Timestamp, TierChangeEvent Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The UTF-8 JSON body of one event, the same bytes for every attempt.</summary>
    public static byte[] Serialize(TierChangeEvent change) =>
        JsonSerializer.SerializeToUtf8Bytes(new WebhookPayload(change.Id, change.Type, change.OccurredAt, change), Json);
}
