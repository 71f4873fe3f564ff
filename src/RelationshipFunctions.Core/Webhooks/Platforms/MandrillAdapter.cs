using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// Mailchimp Transactional (Mandrill): a form field <c>mandrill_events</c> holding a JSON array of events.
/// <c>X-Mandrill-Signature</c> is base64 HMAC-SHA1, under the webhook key, of the webhook URL exactly as
/// configured in Mandrill followed by every POST field's name and value, sorted by name. Set
/// <c>Webhooks__Mandrill__Url</c> to that URL when the app sits behind a proxy. A test delivery posts an
/// empty array; a new URL is checked with a HEAD.
/// </summary>
public sealed class MandrillAdapter : IWebhookAdapter
{
    public const string SignatureHeader = "X-Mandrill-Signature";

    public string Platform => "mandrill";

    public string SettingsName => "Mandrill";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Form;

    /// <summary>The string Mandrill signs: the URL, then each field's name and value in name order.</summary>
    public static string SignedString(string url, IReadOnlyDictionary<string, string> fields)
    {
        var builder = new StringBuilder(url);
        foreach (var name in fields.Keys.Order(StringComparer.Ordinal))
        {
            builder.Append(name).Append(fields[name]);
        }

        return builder.ToString();
    }

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now)
    {
        var presented = request.Header(SignatureHeader);
        if (presented is null)
        {
            return AuthResult.Missing("signature");
        }

        Dictionary<string, string> form;
        try
        {
            form = FormBody.Parse(request.Body);
        }
        catch (WebhookBodyException)
        {
            return AuthResult.Malformed("body");
        }

        var expected = Signatures.FromBase64(presented);
        var signed = Encoding.UTF8.GetBytes(SignedString(settings.Url ?? request.Url, form));
        return expected is not null && Signatures.HmacMatches(HashAlgorithmName.SHA1, settings.Secrets, signed, expected)
            ? AuthResult.Valid
            : AuthResult.Invalid("signature");
    }

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        var form = FormBody.Parse(request.Body);
        if (!form.TryGetValue("mandrill_events", out var events))
        {
            throw new WebhookBodyException("The form has no 'mandrill_events' field.");
        }

        using var document = WebhookJson.Parse(events);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new WebhookBodyException("'mandrill_events' must be a JSON array.");
        }

        var list = WebhookJson.Events(document.RootElement);
        return list.Count == 0 ? WebhookPayload.Test : new WebhookPayload(false, WebhookJson.MapEach(list, Map));
    }

    private static WebhookItem Map(JsonElement e, string raw)
    {
        // Sync events (whitelist, blacklist) carry "type" and "action" instead of "event".
        var type = Tolerant.Text(e, "event") ?? ("sync:" + (Tolerant.Text(e, "type") ?? "unknown"));
        var agent = Tolerant.Text(e, "user_agent");
        (string? signalType, string label) = Tolerant.Fold(type) switch
        {
            "send" => (SignalTypes.EmailDelivered, type),
            "open" when EmailEvents.IsProxyAgent(agent) => (null, "open:machine"),
            "open" => (SignalTypes.EmailOpen, type),
            "click" => (SignalTypes.EmailClick, type),
            "hardbounce" => (SignalTypes.EmailBounce, type),
            "spam" => (SignalTypes.EmailSpamReport, type),
            "unsub" => (SignalTypes.EmailUnsubscribe, type),
            _ => ((string?)null, type),
        };
        if (signalType is null)
        {
            return WebhookItem.Ignore(label, raw);
        }

        var time = Tolerant.Time(Tolerant.Get(e, "ts"));
        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var message = Tolerant.Text(e, "msg", "_id") ?? Tolerant.Text(e, "_id") ?? string.Empty;
        var url = Tolerant.Text(e, "url") ?? string.Empty;
        var attributes = EmailEvents.Attributes(("tag", EmailEvents.Joined(Tolerant.Get(e, "msg", "tags"))));
        var draft = new SignalDraft(EventIdentity.OfEmail(Tolerant.Text(e, "msg", "email")), signalType, time!.Value, $"{message}|{url}", null, attributes);
        return WebhookItem.Signal(draft, raw);
    }
}
