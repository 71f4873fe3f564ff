using System.Security.Cryptography;
using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// Intercom webhook notifications: <c>{"type": "notification_event", "topic", "id", "created_at",
/// "data": {"item": {...}}}</c>, signed by <c>X-Hub-Signature: sha1=</c> hex HMAC-SHA1 of the raw body under
/// the app's client secret. The <c>ping</c> topic is a test. Conversations are the product's tickets:
/// created by a user, closed, reopened by an admin, rated.
/// </summary>
public sealed class IntercomAdapter : IWebhookAdapter
{
    public const string SignatureHeader = "X-Hub-Signature";

    public string Platform => "intercom";

    public string SettingsName => "Intercom";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Json;

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now)
    {
        var presented = request.Header(SignatureHeader);
        if (presented is null)
        {
            return AuthResult.Missing("signature");
        }

        var hex = presented.StartsWith("sha1=", StringComparison.OrdinalIgnoreCase) ? presented[5..] : presented;
        var expected = Signatures.FromHex(hex);
        return expected is not null && Signatures.HmacMatches(HashAlgorithmName.SHA1, settings.Secrets, request.Body.Span, expected)
            ? AuthResult.Valid
            : AuthResult.Invalid("signature");
    }

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        using var document = WebhookJson.Parse(request.Body);
        var events = WebhookJson.Events(document.RootElement);
        if (events.Count == 1 && Tolerant.Fold(Tolerant.Text(events[0], "topic")) == "ping")
        {
            return WebhookPayload.Test;
        }

        return new WebhookPayload(false, WebhookJson.MapEach(events, Map));
    }

    private static WebhookItem Map(JsonElement e, string raw)
    {
        var topic = Tolerant.Text(e, "topic") ?? string.Empty;
        var item = Tolerant.Get(e, "data", "item");
        var time = Tolerant.Time(Tolerant.Get(e, "created_at"));
        var createdAt = item is { } i ? Tolerant.Time(Tolerant.Get(i, "created_at")) : null;
        (string? signalType, double? value) = Tolerant.Fold(topic) switch
        {
            "conversationusercreated" => (SignalTypes.TicketCreated, (double?)null),
            "conversationadminclosed" => (SignalTypes.TicketSolved, time is { } at ? SupportEvents.ResolutionHours(createdAt, at) : null),
            "conversationadminopened" => (SignalTypes.TicketReopened, null),
            "conversationratingadded" when item is { } rated
                && SupportEvents.Csat(Tolerant.Text(rated, "conversation_rating", "rating")) is { } csat => (SignalTypes.SupportCsat, csat),
            _ => ((string?)null, (double?)null),
        };
        if (signalType is null || item is not { } conversation)
        {
            return WebhookItem.Ignore(topic, raw);
        }

        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var email = Tolerant.Text(conversation, "source", "author", "email") is { } authorEmail
            && Tolerant.Fold(Tolerant.Text(conversation, "source", "author", "type")) is "user" or "lead" or "contact"
            ? authorEmail
            : Tolerant.Text(conversation, "user", "email");
        var contactId = FirstContactId(conversation) ?? Tolerant.Text(conversation, "user", "id");
        var identity = new EventIdentity(email, CustomerIdentity.ForPlatformUser("ic", contactId));
        var conversationId = Tolerant.Text(conversation, "id") ?? string.Empty;
        var key = signalType == SignalTypes.SupportCsat ? $"{conversationId}|{value}" : conversationId;
        return WebhookItem.Signal(new SignalDraft(identity, signalType, time!.Value, key, value), raw);
    }

    private static string? FirstContactId(JsonElement conversation)
    {
        var contacts = Tolerant.Get(conversation, "contacts", "contacts");
        if (contacts is { ValueKind: JsonValueKind.Array } list)
        {
            foreach (var contact in list.EnumerateArray())
            {
                return Tolerant.Text(contact, "external_id") is { Length: > 0 } external ? external : Tolerant.Text(contact, "id");
            }
        }

        return null;
    }
}
