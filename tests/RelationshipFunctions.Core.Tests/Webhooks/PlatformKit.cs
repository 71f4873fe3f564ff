using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Webhooks.Platforms;

namespace RelationshipFunctions.Tests.Webhooks;

/// <summary>How a test signs a delivery.</summary>
public enum Signing
{
    /// <summary>With the first active secret, now.</summary>
    Valid,

    /// <summary>With the second active secret (rotation), now.</summary>
    Rotated,

    /// <summary>With a secret that is not configured.</summary>
    Wrong,

    /// <summary>Without any signature or secret.</summary>
    Missing,

    /// <summary>With the right secret, an hour ago.</summary>
    Stale,
}

/// <summary>One event kind of a platform and what it must become: a signal type or an ignored label.</summary>
public sealed record EventCase(string Kind, string? SignalType, string? IgnoredLabel = null);

/// <summary>
/// One platform, as the tests need it: its settings, event payloads written from its documented schema (invented
/// people and ids), and requests signed the way the platform signs them.
/// </summary>
public abstract class PlatformKit
{
    public const string Secret = "first-active-secret-0f3a";
    public const string RotatedSecret = "second-active-secret-9b21";
    public const string WrongSecret = "a-secret-nobody-configured";

    public static readonly DateTimeOffset Now = TestServices.Now;

    public abstract string Platform { get; }

    public abstract string SettingsName { get; }

    public virtual string ContentType => "application/json";

    /// <summary>True when the signature covers a timestamp checked against a tolerance.</summary>
    public virtual bool SignsTime => false;

    /// <summary>True when one delivery can hold several events.</summary>
    public virtual bool Batches => true;

    /// <summary>The settings with both active secrets.</summary>
    public virtual Dictionary<string, string?> Settings() => new()
    {
        [$"Webhooks:{SettingsName}:Secrets:0"] = Secret,
        [$"Webhooks:{SettingsName}:Secrets:1"] = RotatedSecret,
    };

    /// <summary>The event kinds and what each becomes.</summary>
    public abstract IReadOnlyList<EventCase> Cases { get; }

    /// <summary>The kind that happens first (delivered, created) and one that follows it (open, solved).</summary>
    public abstract (string First, string Then) Pair { get; }

    /// <summary>One event's text. <paramref name="id"/> is the platform's delivery or event id, where it has one.</summary>
    public abstract string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1");

    /// <summary>A body a platform would never send.</summary>
    public virtual string MalformedBody => "{\"event\": [truncated";

    /// <summary>The delivery of these events.</summary>
    public abstract WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid);

    /// <summary>A delivery of a raw body, signed as the platform signs.</summary>
    public abstract WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid);

    protected static string SecretFor(Signing signing) => signing switch
    {
        Signing.Rotated => RotatedSecret,
        Signing.Wrong => WrongSecret,
        _ => Secret,
    };

    protected static DateTimeOffset SignedAt(Signing signing) => signing == Signing.Stale ? Now.AddHours(-1) : Now;

    protected static string Seconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    protected static string Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    protected static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    protected static string Base64Hmac(HashAlgorithmName algorithm, string secret, byte[] data) =>
        Convert.ToBase64String(RelationshipFunctions.Webhooks.Signatures.Hmac(algorithm, Encoding.UTF8.GetBytes(secret), data));

    protected static string HexHmac(HashAlgorithmName algorithm, string secret, byte[] data) =>
        Convert.ToHexStringLower(RelationshipFunctions.Webhooks.Signatures.Hmac(algorithm, Encoding.UTF8.GetBytes(secret), data));

    protected static string Basic(string credentials) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));

    protected static byte[] Concat(string head, byte[] body, string tail = "")
    {
        var h = Encoding.UTF8.GetBytes(head);
        var t = Encoding.UTF8.GetBytes(tail);
        return [.. h, .. body, .. t];
    }

    protected static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(field => WebUtility.UrlEncode(field.Name) + "=" + WebUtility.UrlEncode(field.Value)));

    public override string ToString() => Platform;

    /// <summary>Every platform.</summary>
    public static readonly IReadOnlyList<PlatformKit> All =
    [
        new SendGridKit(), new MailgunKit(), new PostmarkKit(), new MailchimpKit(), new MandrillKit(), new BrevoKit(),
        new ZendeskKit(), new FreshdeskKit(), new IntercomKit(), new HelpScoutKit(), new HubSpotKit(),
    ];

    public static PlatformKit Get(string platform) => All.Single(kit => kit.Platform == platform);

    /// <summary>The signal types every case must map to exist.</summary>
    public static bool IsKnownType(string type) => SignalTypes.TryGet(type, out _);
}

/// <summary>A request under construction: method, URL, headers and body.</summary>
public sealed class WebhookRequestBuilder(string platform, string contentType, byte[] body)
{
    public string Method { get; set; } = "POST";

    public string Url { get; set; } = $"https://relationship.example.net/api/webhooks/{platform}?code=function-key";

    public string? ContentType { get; set; } = contentType;

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[] Body { get; set; } = body;

    public WebhookRequestBuilder With(string header, string value)
    {
        Headers[header] = value;
        return this;
    }

    public RelationshipFunctions.Webhooks.WebhookRequest Build()
    {
        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var question = Url.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            foreach (var pair in Url[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                query[WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals])] = equals < 0 ? string.Empty : WebUtility.UrlDecode(pair[(equals + 1)..]);
            }
        }

        return new RelationshipFunctions.Webhooks.WebhookRequest(Method, Url, Headers, query, ContentType, Body);
    }
}
