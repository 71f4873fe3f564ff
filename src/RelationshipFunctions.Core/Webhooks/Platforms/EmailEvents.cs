using System.Text.Json;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>Rules shared by the email platforms.</summary>
internal static class EmailEvents
{
    /// <summary>
    /// User agents of image proxies and prefetchers that load tracking pixels without a person reading
    /// (Apple Mail Privacy Protection, Gmail's and Yahoo's image proxies): such opens count for nothing.
    /// </summary>
    private static readonly string[] ProxyAgents = ["GoogleImageProxy", "YahooMailProxy", "ggpht.com", "Apple-Mail-Privacy", "MPP"];

    public static bool IsProxyAgent(string? userAgent) =>
        !string.IsNullOrEmpty(userAgent) && ProxyAgents.Any(marker => userAgent.Contains(marker, StringComparison.OrdinalIgnoreCase));

    /// <summary>Small attributes: category (string or array) and campaign, without personal data.</summary>
    public static Dictionary<string, string> Attributes(params (string Key, string? Value)[] pairs)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                attributes[key] = value.Trim();
            }
        }

        return attributes;
    }

    public static string? Joined(JsonElement? element)
    {
        var values = Tolerant.Strings(element);
        return values.Count == 0 ? null : string.Join(",", values);
    }
}
