namespace RelationshipFunctions.Webhooks;

/// <summary>
/// One HTTP delivery from a platform, as received: the raw body bytes (signatures are checked on them,
/// before anything is parsed), the headers, the query and the URL the platform posted to.
/// </summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Url">The absolute URL as received, with its query string (some platforms sign it).</param>
/// <param name="Headers">Request headers; names compare case-insensitively.</param>
/// <param name="Query">Query parameters; names compare case-insensitively.</param>
/// <param name="ContentType">The Content-Type header, if any.</param>
/// <param name="Body">The raw body.</param>
public sealed record WebhookRequest(
    string Method,
    string Url,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Query,
    string? ContentType,
    ReadOnlyMemory<byte> Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

    /// <summary>The media type of the Content-Type header, lower case, without parameters.</summary>
    public string MediaType => (ContentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
}
