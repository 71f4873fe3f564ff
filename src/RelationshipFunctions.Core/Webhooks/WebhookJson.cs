using System.Text.Json;

namespace RelationshipFunctions.Webhooks;

/// <summary>Parsing helpers shared by the JSON platforms.</summary>
public static class WebhookJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>Parses a body; a body that is not JSON is a <see cref="WebhookBodyException"/>.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body, Options);
        }
        catch (JsonException ex)
        {
            throw new WebhookBodyException($"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).");
        }
    }

    public static JsonDocument Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            throw new WebhookBodyException($"The events are not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).");
        }
    }

    /// <summary>The events of a body that is an array of events or one event object.</summary>
    public static IReadOnlyList<JsonElement> Events(JsonElement root)
    {
        return root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().ToList(),
            JsonValueKind.Object => [root],
            _ => throw new WebhookBodyException("The body must be a JSON array of events or one event object."),
        };
    }

    /// <summary>
    /// Maps each event, turning an event that is not an object, or whose mapping throws on a shape it
    /// cannot read, into a quarantined item: one bad event never rejects its neighbours.
    /// </summary>
    public static List<WebhookItem> MapEach(IEnumerable<JsonElement> events, Func<JsonElement, string, WebhookItem> map)
    {
        var items = new List<WebhookItem>();
        foreach (var element in events)
        {
            var raw = element.GetRawText();
            if (element.ValueKind != JsonValueKind.Object)
            {
                items.Add(WebhookItem.Quarantine("not_an_object", raw));
                continue;
            }

            try
            {
                items.Add(map(element, raw));
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or KeyNotFoundException)
            {
                items.Add(WebhookItem.Quarantine("unreadable_event", raw));
            }
        }

        return items;
    }

    /// <summary>Quarantines an event without a usable time, or returns null when the time is there.</summary>
    public static WebhookItem? NoTime(DateTimeOffset? time, string raw) =>
        time is null ? WebhookItem.Quarantine("no_valid_time", raw) : null;
}
