using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// SendGrid Event Webhook, signed variant: a JSON array of events; <c>X-Twilio-Email-Event-Webhook-Signature</c>
/// is a base64 ECDSA P-256 / SHA-256 signature (DER) of <c>X-Twilio-Email-Event-Webhook-Timestamp</c> + the raw
/// body, checked against each configured verification key (base64 SubjectPublicKeyInfo, as SendGrid shows it).
/// </summary>
public sealed class SendGridAdapter : IWebhookAdapter
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    /// <summary>The recipient of every event of SendGrid's test delivery.</summary>
    public const string TestAddress = "example@test.com";

    public string Platform => "sendgrid";

    public string SettingsName => "SendGrid";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Json;

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now)
    {
        var signature = Signatures.FromBase64(request.Header(SignatureHeader));
        var timestampText = request.Header(TimestampHeader);
        if (request.Header(SignatureHeader) is null || timestampText is null)
        {
            return AuthResult.Missing("signature");
        }

        if (signature is null || !long.TryParse(timestampText, out var seconds))
        {
            return AuthResult.Invalid("signature");
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(timestampText) + request.Body.Length];
        var written = Encoding.UTF8.GetBytes(timestampText, signed);
        request.Body.Span.CopyTo(signed.AsSpan(written));
        var valid = false;
        foreach (var key in settings.Secrets)
        {
            valid |= Verify(key, signed, signature);
        }

        if (!valid)
        {
            return AuthResult.Invalid("signature");
        }

        return Signatures.Fresh(DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799)), now, settings.Tolerance)
            ? AuthResult.Valid
            : AuthResult.Stale();
    }

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        using var document = WebhookJson.Parse(request.Body);
        var events = WebhookJson.Events(document.RootElement);

        // "Test Your Integration" posts sample events for this one address, which is no customer.
        if (events.Count > 0 && events.All(e => e.ValueKind == JsonValueKind.Object
            && string.Equals(Tolerant.Text(e, "email"), TestAddress, StringComparison.OrdinalIgnoreCase)))
        {
            return WebhookPayload.Test;
        }

        return new WebhookPayload(false, WebhookJson.MapEach(events, Map));
    }

    private static WebhookItem Map(JsonElement e, string raw)
    {
        var type = Tolerant.Text(e, "event") ?? string.Empty;
        var time = Tolerant.Time(Tolerant.Get(e, "timestamp"));
        var email = Tolerant.Text(e, "email");
        var message = Tolerant.Text(e, "sg_message_id") ?? string.Empty;
        var url = Tolerant.Text(e, "url") ?? string.Empty;
        var folded = Tolerant.Fold(type);
        string? signalType = folded switch
        {
            "delivered" => Ingest.SignalTypes.EmailDelivered,
            "open" when Tolerant.Bool(Tolerant.Get(e, "sg_machine_open")) == true => null,
            "open" when EmailEvents.IsProxyAgent(Tolerant.Text(e, "useragent")) => null,
            "open" => Ingest.SignalTypes.EmailOpen,
            "click" => Ingest.SignalTypes.EmailClick,
            "bounce" when Tolerant.Fold(Tolerant.Text(e, "type")) == "blocked" => null,
            "bounce" => Ingest.SignalTypes.EmailBounce,
            "spamreport" => Ingest.SignalTypes.EmailSpamReport,
            "unsubscribe" or "groupunsubscribe" => Ingest.SignalTypes.EmailUnsubscribe,
            "groupresubscribe" => Ingest.SignalTypes.EmailResubscribe,
            _ => null,
        };
        if (signalType is null)
        {
            var label = folded switch
            {
                "open" => "open:machine",
                "bounce" => "bounce:blocked",
                _ => type,
            };
            return WebhookItem.Ignore(label, raw);
        }

        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var group = Tolerant.Text(e, "asm_group_id");
        var attributes = EmailEvents.Attributes(("category", EmailEvents.Joined(Tolerant.Get(e, "category"))), ("asmGroup", group));
        var draft = new SignalDraft(EventIdentity.OfEmail(email), signalType, time!.Value, $"{message}|{url}|{group}", null, attributes);
        return WebhookItem.Signal(draft, raw);
    }

    private static bool Verify(string key, byte[] data, byte[] signature)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            var text = key.Trim();
            if (text.StartsWith("-----", StringComparison.Ordinal))
            {
                ecdsa.ImportFromPem(text);
            }
            else
            {
                ecdsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(text), out _);
            }

            return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
                || (signature.Length == 64 && ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException)
        {
            return false;
        }
    }
}
