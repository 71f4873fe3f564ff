using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// Mailgun webhooks: one JSON event per request, <c>{"signature": {"timestamp", "token", "signature"},
/// "event-data": {...}}</c>; the signature is hex HMAC-SHA256 of timestamp + token under the webhook signing
/// key. The signature lives inside the body, so the body is parsed to find it, and nothing else is read
/// before it is checked.
/// </summary>
public sealed class MailgunAdapter : IWebhookAdapter
{
    public string Platform => "mailgun";

    public string SettingsName => "Mailgun";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Json;

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now)
    {
        JsonDocument document;
        try
        {
            document = WebhookJson.Parse(request.Body);
        }
        catch (WebhookBodyException)
        {
            return AuthResult.Malformed("body");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return AuthResult.Malformed("body");
            }

            var signature = Tolerant.Get(document.RootElement, "signature");
            var timestamp = signature is { } s ? Tolerant.Text(s, "timestamp") : null;
            var token = signature is { } t ? Tolerant.Text(t, "token") : null;
            var presented = signature is { } p ? Tolerant.Text(p, "signature") : null;
            if (timestamp is null || token is null || presented is null)
            {
                return AuthResult.Missing("signature");
            }

            var expected = Signatures.FromHex(presented);
            if (expected is null
                || !Signatures.HmacMatches(HashAlgorithmName.SHA256, settings.Secrets, Encoding.UTF8.GetBytes(timestamp + token), expected))
            {
                return AuthResult.Invalid("signature");
            }

            return Tolerant.Time(timestamp) is { } signedAt && Signatures.Fresh(signedAt, now, settings.Tolerance)
                ? AuthResult.Valid
                : AuthResult.Stale();
        }
    }

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        using var document = WebhookJson.Parse(request.Body);
        var data = Tolerant.Get(document.RootElement, "event-data")
            ?? throw new WebhookBodyException("The body has no \"event-data\" object.");
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new WebhookBodyException("\"event-data\" must be an object.");
        }

        return new WebhookPayload(false, WebhookJson.MapEach([data], Map));
    }

    private static WebhookItem Map(JsonElement e, string raw)
    {
        var type = Tolerant.Text(e, "event") ?? string.Empty;
        var folded = Tolerant.Fold(type);
        var severity = Tolerant.Fold(Tolerant.Text(e, "severity"));
        var bot = Tolerant.Text(e, "client-info", "bot");
        var machine = (!string.IsNullOrEmpty(bot) && Tolerant.Bool(bot) != false)
            || EmailEvents.IsProxyAgent(Tolerant.Text(e, "client-info", "user-agent"));
        (string? signalType, string label) = folded switch
        {
            "delivered" => (SignalTypes.EmailDelivered, type),
            "opened" when machine => (null, "opened:machine"),
            "opened" => (SignalTypes.EmailOpen, type),
            "clicked" when machine => (null, "clicked:machine"),
            "clicked" => (SignalTypes.EmailClick, type),
            "unsubscribed" => (SignalTypes.EmailUnsubscribe, type),
            "complained" => (SignalTypes.EmailSpamReport, type),
            "failed" when severity == "permanent" => (SignalTypes.EmailBounce, type),
            "failed" => (null, "failed:temporary"),
            _ => ((string?)null, type),
        };
        if (signalType is null)
        {
            return WebhookItem.Ignore(label, raw);
        }

        var time = Tolerant.Time(Tolerant.Get(e, "timestamp"));
        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var message = Tolerant.Text(e, "message", "headers", "message-id") ?? string.Empty;
        var url = Tolerant.Text(e, "url") ?? string.Empty;
        var attributes = EmailEvents.Attributes(
            ("tag", EmailEvents.Joined(Tolerant.Get(e, "tags"))),
            ("campaign", EmailEvents.Joined(Tolerant.Get(e, "campaigns"))));
        var draft = new SignalDraft(EventIdentity.OfEmail(Tolerant.Text(e, "recipient")), signalType, time!.Value, $"{message}|{url}", null, attributes);
        return WebhookItem.Signal(draft, raw);
    }
}
