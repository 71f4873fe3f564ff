using System.Security.Cryptography;
using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// Help Scout webhooks: one JSON object per request, its event named by <c>X-HelpScout-Event</c>
/// (<c>convo.created</c>, <c>convo.status</c>, <c>satisfaction.ratings</c> ...), signed by
/// <c>X-HelpScout-Signature</c>: base64 HMAC-SHA1 of the raw body under the webhook's secret key. A delivery
/// without an event header, or with a test event, is a test.
/// </summary>
public sealed class HelpScoutAdapter : IWebhookAdapter
{
    public const string SignatureHeader = "X-HelpScout-Signature";
    public const string EventHeader = "X-HelpScout-Event";

    public string Platform => "helpscout";

    public string SettingsName => "HelpScout";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Json;

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now)
    {
        var presented = request.Header(SignatureHeader);
        if (presented is null)
        {
            return AuthResult.Missing("signature");
        }

        var expected = Signatures.FromBase64(presented);
        return expected is not null && Signatures.HmacMatches(HashAlgorithmName.SHA1, settings.Secrets, request.Body.Span, expected)
            ? AuthResult.Valid
            : AuthResult.Invalid("signature");
    }

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        var eventName = request.Header(EventHeader);
        using var document = WebhookJson.Parse(request.Body);
        if (string.IsNullOrWhiteSpace(eventName) || Tolerant.Fold(eventName).Contains("test", StringComparison.Ordinal))
        {
            return WebhookPayload.Test;
        }

        return new WebhookPayload(false, WebhookJson.MapEach(WebhookJson.Events(document.RootElement), (e, raw) => Map(eventName, e, raw)));
    }

    private static WebhookItem Map(string eventName, JsonElement e, string raw)
    {
        var status = Tolerant.Text(e, "status");
        var createdAt = Tolerant.Time(Tolerant.Get(e, "createdAt"));
        var closedAt = Tolerant.Time(Tolerant.Get(e, "closedAt"));
        var updatedAt = Tolerant.Time(Tolerant.Get(e, "userUpdatedAt")) ?? Tolerant.Time(Tolerant.Get(e, "updatedAt"));
        (string? signalType, DateTimeOffset? time, double? value) = Tolerant.Fold(eventName) switch
        {
            "convocreated" => (SignalTypes.TicketCreated, createdAt, (double?)null),
            "convostatus" when SupportEvents.IsSolved(status) => (SignalTypes.TicketSolved, closedAt ?? updatedAt,
                (closedAt ?? updatedAt) is { } at ? SupportEvents.ResolutionHours(createdAt, at) : null),

            // A conversation made active again after it was closed (Help Scout keeps closedAt) is reopened.
            "convostatus" when SupportEvents.IsOpen(status) && closedAt is not null => (SignalTypes.TicketReopened, updatedAt, null),
            "satisfactionratings" when SupportEvents.Csat(Tolerant.Text(e, "rating")) is { } csat =>
                (SignalTypes.SupportCsat, createdAt ?? Tolerant.Time(Tolerant.Get(e, "modifiedAt")), csat),
            _ => ((string?)null, (DateTimeOffset?)null, (double?)null),
        };
        if (signalType is null)
        {
            return WebhookItem.Ignore(eventName + (status is null ? string.Empty : ":" + status), raw);
        }

        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var customer = Tolerant.Get(e, "primaryCustomer") ?? Tolerant.Get(e, "customer");
        var email = customer is { } c ? Tolerant.Text(c, "email") ?? Tolerant.Text(c, "emails") : null;
        var customerId = customer is { } person ? Tolerant.Text(person, "id") : null;
        var identity = new EventIdentity(email, CustomerIdentity.ForPlatformUser("hs", customerId));
        var objectId = Tolerant.Text(e, "conversationId") ?? Tolerant.Text(e, "id") ?? string.Empty;
        var key = signalType == SignalTypes.SupportCsat ? $"{objectId}|{Tolerant.Text(e, "id")}|{value}" : objectId;
        return WebhookItem.Signal(new SignalDraft(identity, signalType, time!.Value, key, value), raw);
    }
}
