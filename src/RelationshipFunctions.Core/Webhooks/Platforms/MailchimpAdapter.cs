using System.Globalization;
using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// Mailchimp Marketing audience webhooks: one form-encoded event per request (<c>type</c>, <c>fired_at</c>,
/// <c>data[email]</c>, <c>data[reason]</c> ...). Mailchimp signs nothing: the webhook URL carries
/// <c>?secret=...</c>, compared in constant time. Mailchimp checks a new URL with a GET, answered 200.
/// </summary>
public sealed class MailchimpAdapter : IWebhookAdapter
{
    public string Platform => "mailchimp";

    public string SettingsName => "Mailchimp";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Form;

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now)
    {
        var presented = request.QueryValue("secret");
        if (presented is null)
        {
            return AuthResult.Missing("secret");
        }

        return Signatures.SecretMatches(settings.Secrets, presented) ? AuthResult.Valid : AuthResult.Invalid("secret");
    }

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        var form = FormBody.Parse(request.Body);
        if (form.Count == 0)
        {
            return WebhookPayload.Test;
        }

        if (!form.TryGetValue("type", out var type))
        {
            throw new WebhookBodyException("The form has no 'type' field.");
        }

        var raw = JsonSerializer.Serialize(form);
        return new WebhookPayload(false, [Map(type, form, raw)]);
    }

    private static WebhookItem Map(string type, Dictionary<string, string> form, string raw)
    {
        var reason = Tolerant.Fold(form.GetValueOrDefault("data[reason]"));
        (string? signalType, string label) = Tolerant.Fold(type) switch
        {
            "subscribe" => (SignalTypes.NewsletterSubscribe, type),
            "unsubscribe" when reason == "abuse" => (SignalTypes.EmailSpamReport, type),
            "unsubscribe" => (SignalTypes.NewsletterUnsubscribe, type),
            "cleaned" when reason == "abuse" => (SignalTypes.EmailSpamReport, type),
            "cleaned" when reason == "hard" => (SignalTypes.EmailBounce, type),
            "cleaned" => (null, "cleaned:" + (form.GetValueOrDefault("data[reason]") ?? "unknown")),
            _ => ((string?)null, type),
        };
        if (signalType is null)
        {
            return WebhookItem.Ignore(label, raw);
        }

        // fired_at is "yyyy-MM-dd HH:mm:ss" in UTC, without an offset.
        var firedAt = form.GetValueOrDefault("fired_at");
        DateTimeOffset? time = DateTime.TryParseExact(firedAt?.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? new DateTimeOffset(parsed, TimeSpan.Zero)
            : Tolerant.Time(firedAt);
        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var email = form.GetValueOrDefault("data[email]") ?? form.GetValueOrDefault("data[merges][EMAIL]");
        var list = form.GetValueOrDefault("data[list_id]") ?? string.Empty;
        var attributes = EmailEvents.Attributes(("list", list), ("reason", form.GetValueOrDefault("data[reason]")));
        return WebhookItem.Signal(new SignalDraft(EventIdentity.OfEmail(email), signalType, time!.Value, list, null, attributes), raw);
    }
}
