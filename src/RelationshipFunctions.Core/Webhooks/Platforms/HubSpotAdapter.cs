using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// HubSpot app webhooks: a JSON array of up to 100 events. <c>X-HubSpot-Signature-v3</c> is base64
/// HMAC-SHA256, under the app's client secret, of method + URI + raw body + <c>X-HubSpot-Request-Timestamp</c>
/// (milliseconds; older than 5 minutes is refused). The URI is the URL HubSpot was given, with its query:
/// set <c>Webhooks__HubSpot__Url</c> to it when the app sits behind a proxy. Contacts are customers
/// (<c>hubspot:{objectId}</c>); their email opt-out and NPS properties become signals.
/// </summary>
public sealed class HubSpotAdapter : IWebhookAdapter
{
    public const string SignatureHeader = "X-HubSpot-Signature-v3";
    public const string TimestampHeader = "X-HubSpot-Request-Timestamp";

    public string Platform => "hubspot";

    public string SettingsName => "HubSpot";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Json;

    /// <summary>The string HubSpot signs (v3).</summary>
    public static byte[] SignedBytes(string method, string uri, ReadOnlySpan<byte> body, string timestamp)
    {
        var head = Encoding.UTF8.GetBytes(method + DecodeUri(uri));
        var tail = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[head.Length + body.Length + tail.Length];
        head.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(head.Length));
        tail.CopyTo(signed, head.Length + body.Length);
        return signed;
    }

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now)
    {
        var presented = request.Header(SignatureHeader);
        var timestamp = request.Header(TimestampHeader);
        if (presented is null || timestamp is null)
        {
            return AuthResult.Missing("signature");
        }

        var expected = Signatures.FromBase64(presented);
        var signed = SignedBytes(request.Method, settings.Url ?? request.Url, request.Body.Span, timestamp);
        if (expected is null || !Signatures.HmacMatches(HashAlgorithmName.SHA256, settings.Secrets, signed, expected))
        {
            return AuthResult.Invalid("signature");
        }

        return long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            && ms < 253_402_300_799_000
            && Signatures.Fresh(DateTimeOffset.FromUnixTimeMilliseconds(ms), now, settings.Tolerance)
            ? AuthResult.Valid
            : AuthResult.Stale();
    }

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        using var document = WebhookJson.Parse(request.Body);
        return new WebhookPayload(false, WebhookJson.MapEach(WebhookJson.Events(document.RootElement), Map));
    }

    /// <summary>HubSpot decodes these URL-encoded characters before signing.</summary>
    private static string DecodeUri(string uri)
    {
        string[][] pairs =
        [
            ["%3A", ":"], ["%2F", "/"], ["%3F", "?"], ["%40", "@"], ["%21", "!"], ["%24", "$"], ["%27", "'"],
            ["%28", "("], ["%29", ")"], ["%2A", "*"], ["%2C", ","], ["%3B", ";"],
        ];
        foreach (var pair in pairs)
        {
            uri = uri.Replace(pair[0], pair[1], StringComparison.OrdinalIgnoreCase);
        }

        return uri;
    }

    private static WebhookItem Map(JsonElement e, string raw)
    {
        var subscription = Tolerant.Text(e, "subscriptionType") ?? string.Empty;
        var property = Tolerant.Text(e, "propertyName") ?? string.Empty;
        var propertyValue = Tolerant.Text(e, "propertyValue");
        (string? signalType, double? value) = (Tolerant.Fold(subscription), property.ToLowerInvariant()) switch
        {
            ("contactpropertychange", "hs_email_optout") when Tolerant.Bool(propertyValue) == true => (SignalTypes.EmailUnsubscribe, (double?)null),
            ("contactpropertychange", "hs_email_optout") when Tolerant.Bool(propertyValue) == false => (SignalTypes.EmailResubscribe, null),
            ("contactpropertychange", "hs_feedback_last_nps_rating") when Tolerant.Number(propertyValue) is { } nps => (SignalTypes.FeedbackNps, nps),
            _ => ((string?)null, (double?)null),
        };
        if (signalType is null)
        {
            return WebhookItem.Ignore(property.Length == 0 ? subscription : subscription + ":" + property, raw);
        }

        var time = Tolerant.Time(Tolerant.Get(e, "occurredAt"));
        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var contact = CustomerIdentity.ForPlatformUser("hubspot", Tolerant.Text(e, "objectId"));
        var key = $"{property}|{propertyValue}";
        var attributes = EmailEvents.Attributes(("portal", Tolerant.Text(e, "portalId")), ("changeSource", Tolerant.Text(e, "changeSource")));
        return WebhookItem.Signal(new SignalDraft(new EventIdentity(null, contact), signalType, time!.Value, key, value, attributes), raw);
    }
}
