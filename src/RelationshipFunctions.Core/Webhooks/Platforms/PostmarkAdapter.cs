using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// Postmark webhooks: one JSON event per request, told apart by <c>RecordType</c> (Delivery, Bounce,
/// SpamComplaint, Open, Click, SubscriptionChange). Postmark signs nothing: the webhook URL carries Basic
/// credentials (<c>https://user:password@host/...</c>) or a custom <c>X-Webhook-Secret</c> header, and the
/// secret setting holds <c>user:password</c> (or the header's value).
/// </summary>
public sealed class PostmarkAdapter : IWebhookAdapter
{
    /// <summary>Bounce types that mean the address is gone; every other type (soft, transient, DNS, auto-reply ...) is temporary.</summary>
    private static readonly HashSet<string> PermanentBounces = ["hardbounce", "bademailaddress", "manuallydeactivated"];

    public string Platform => "postmark";

    public string SettingsName => "Postmark";

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
        var recordType = Tolerant.Text(e, "RecordType") ?? string.Empty;
        var record = Tolerant.Fold(recordType);
        var bounceType = Tolerant.Fold(Tolerant.Text(e, "Type"));
        (string? type, string label, string timeField) = record switch
        {
            "delivery" => (SignalTypes.EmailDelivered, recordType, "DeliveredAt"),
            "open" when EmailEvents.IsProxyAgent(Tolerant.Text(e, "UserAgent")) => (null, "Open:machine", "ReceivedAt"),
            "open" => (SignalTypes.EmailOpen, recordType, "ReceivedAt"),
            "click" => (SignalTypes.EmailClick, recordType, "ReceivedAt"),
            "bounce" when bounceType == "spamcomplaint" => (SignalTypes.EmailSpamReport, recordType, "BouncedAt"),
            "bounce" when PermanentBounces.Contains(bounceType) => (SignalTypes.EmailBounce, recordType, "BouncedAt"),
            "bounce" => (null, "Bounce:" + (Tolerant.Text(e, "Type") ?? "temporary"), "BouncedAt"),
            "spamcomplaint" => (SignalTypes.EmailSpamReport, recordType, "BouncedAt"),
            "subscriptionchange" => SubscriptionChange(e),
            _ => ((string?)null, recordType, string.Empty),
        };
        if (type is null)
        {
            return WebhookItem.Ignore(label, raw);
        }

        var time = Tolerant.Time(Tolerant.Get(e, timeField));
        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var email = Tolerant.Text(e, "Recipient") ?? Tolerant.Text(e, "Email");
        var message = Tolerant.Text(e, "MessageID") ?? string.Empty;
        var link = Tolerant.Text(e, "OriginalLink") ?? string.Empty;
        var attributes = EmailEvents.Attributes(("tag", Tolerant.Text(e, "Tag")), ("stream", Tolerant.Text(e, "MessageStream")));
        var draft = new SignalDraft(EventIdentity.OfEmail(email), type, time!.Value, $"{message}|{link}", null, attributes);
        return WebhookItem.Signal(draft, raw);
    }

    private static (string?, string, string) SubscriptionChange(JsonElement e)
    {
        var suppress = Tolerant.Bool(Tolerant.Get(e, "SuppressSending"));
        var reason = Tolerant.Fold(Tolerant.Text(e, "SuppressionReason"));
        return suppress switch
        {
            false => (SignalTypes.EmailResubscribe, "SubscriptionChange", "ChangedAt"),
            true when reason is "manualsuppression" or "" => (SignalTypes.EmailUnsubscribe, "SubscriptionChange", "ChangedAt"),
            _ => (null, "SubscriptionChange:" + (Tolerant.Text(e, "SuppressionReason") ?? "unknown"), "ChangedAt"),
        };
    }
}
