using System.Text;
using System.Text.Json;

namespace RelationshipFunctions.Tests.Testing;

/// <summary>Builds signal bodies of schema version 1 for tests.</summary>
public static class SignalJson
{
    public static Dictionary<string, object?> Purchase(string customerId, string eventId, double value, DateTimeOffset? at = null) => new()
    {
        ["customerId"] = customerId,
        ["type"] = "purchase",
        ["occurredAt"] = (at ?? new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero)).ToString("O"),
        ["source"] = "shop",
        ["sourceEventId"] = eventId,
        ["value"] = value,
    };

    public static byte[] Array(params object[] items) => JsonSerializer.SerializeToUtf8Bytes(items);

    public static byte[] NdJson(params object[] items) =>
        Encoding.UTF8.GetBytes(string.Join('\n', items.Select(item => JsonSerializer.Serialize(item))));
}
