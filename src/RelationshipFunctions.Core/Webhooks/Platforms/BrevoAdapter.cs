using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// Brevo transactional and marketing webhooks: one JSON event, or an array of them when batched. Brevo signs
/// nothing: the webhook carries Basic credentials or a Bearer token (set in Brevo's webhook authentication),
/// compared in constant time. The <c>date</c> field is the account's local time, so the time comes from the
/// UTC epoch fields (<c>ts_epoch</c> ms, <c>ts_event</c> s, <c>ts</c> s) only.
/// </summary>
public sealed class BrevoAdapter : IWebhookAdapter
{
    public string Platform => "brevo";

    public string SettingsName => "Brevo";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Json;

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now) =>
        SharedSecretAuth.Check(request, settings);

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        using var document = WebhookJson.Parse(request.Body);
        return new WebhookPayload(false, WebhookJson.MapEach(WebhookJson.Events(document.RootElement), Map));
    }

    private static WebhookItem Map(JsonElement e, string raw)
    {
        var type = Tolerant.Text(e, "event") ?? string.Empty;
        (string? signalType, string label) = Tolerant.Fold(type) switch
        {
            "delivered" => (SignalTypes.EmailDelivered, type),
            "opened" or "uniqueopened" or "open" when EmailEvents.IsProxyAgent(Tolerant.Text(e, "user_agent")) => (null, type + ":machine"),
            "opened" or "uniqueopened" or "open" => (SignalTypes.EmailOpen, type),
            "proxyopen" or "uniqueproxyopen" => (null, type),
            "click" or "clicked" => (SignalTypes.EmailClick, type),
            "hardbounce" => (SignalTypes.EmailBounce, type),
            "spam" or "complaint" => (SignalTypes.EmailSpamReport, type),
            "unsubscribed" or "unsubscribe" => (SignalTypes.EmailUnsubscribe, type),
            _ => ((string?)null, type),
        };
        if (signalType is null)
        {
            return WebhookItem.Ignore(label, raw);
        }

        var time = Tolerant.Time(Tolerant.Get(e, "ts_epoch")) ?? Tolerant.Time(Tolerant.Get(e, "ts_event")) ?? Tolerant.Time(Tolerant.Get(e, "ts"));
        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var message = Tolerant.Text(e, "message-id") ?? Tolerant.Text(e, "camp_id") ?? Tolerant.Text(e, "campaign id") ?? string.Empty;
        var link = Tolerant.Text(e, "link") ?? Tolerant.Text(e, "URL") ?? string.Empty;
        var attributes = EmailEvents.Attributes(
            ("tag", EmailEvents.Joined(Tolerant.Get(e, "tags")) ?? Tolerant.Text(e, "tag")),
            ("campaign", Tolerant.Text(e, "camp_id")));
        var draft = new SignalDraft(EventIdentity.OfEmail(Tolerant.Text(e, "email")), signalType, time!.Value, $"{message}|{link}", null, attributes);
        return WebhookItem.Signal(draft, raw);
    }
}
