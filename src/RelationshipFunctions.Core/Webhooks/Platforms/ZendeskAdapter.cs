using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// Zendesk webhooks. <c>X-Zendesk-Webhook-Signature</c> is base64 HMAC-SHA256, under the webhook's signing
/// secret, of <c>X-Zendesk-Webhook-Signature-Timestamp</c> + the raw body. Zendesk signs its "Test webhook"
/// requests with a published static test secret: those are answered 200 and stored nowhere. Two body shapes:
/// event-subscription payloads (<c>"type": "zen:event-type:ticket.created"</c>, <c>ticket.status_changed</c>)
/// and the trigger body documented in docs/webhooks.md (<c>event</c>, <c>ticket_id</c>, <c>requester_email</c>,
/// <c>status</c>, <c>satisfaction</c> ...), for satisfaction ratings and requester emails.
/// </summary>
public sealed class ZendeskAdapter : IWebhookAdapter
{
    public const string SignatureHeader = "X-Zendesk-Webhook-Signature";
    public const string TimestampHeader = "X-Zendesk-Webhook-Signature-Timestamp";

    /// <summary>The static secret Zendesk signs test requests with, as its documentation publishes it.</summary>
    public const string TestSecret = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==";

    private const string EventPrefix = "zen:event-type:";

    public string Platform => "zendesk";

    public string SettingsName => "Zendesk";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Json;

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now)
    {
        var presented = request.Header(SignatureHeader);
        var timestamp = request.Header(TimestampHeader);
        if (presented is null || timestamp is null)
        {
            return AuthResult.Missing("signature");
        }

        var expected = Signatures.FromBase64(presented);
        if (expected is null)
        {
            return AuthResult.Invalid("signature");
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + request.Body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        request.Body.Span.CopyTo(signed.AsSpan(written));
        if (!Signatures.HmacMatches(HashAlgorithmName.SHA256, settings.Secrets, signed, expected))
        {
            return Signatures.HmacMatches(HashAlgorithmName.SHA256, [TestSecret], signed, expected)
                ? AuthResult.Test
                : AuthResult.Invalid("signature");
        }

        return Tolerant.Time(timestamp) is { } signedAt && Signatures.Fresh(signedAt, now, settings.Tolerance)
            ? AuthResult.Valid
            : AuthResult.Stale();
    }

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        using var document = WebhookJson.Parse(request.Body);
        return new WebhookPayload(false, WebhookJson.MapEach(WebhookJson.Events(document.RootElement), Map));
    }

    private static WebhookItem Map(JsonElement e, string raw) =>
        Tolerant.Text(e, "type") is { } type && type.StartsWith(EventPrefix, StringComparison.OrdinalIgnoreCase)
            ? MapEvent(e, type, raw)
            : MapTrigger(e, raw);

    private static WebhookItem MapEvent(JsonElement e, string type, string raw)
    {
        var name = type[EventPrefix.Length..];
        var ticketId = Tolerant.Text(e, "detail", "id") ?? Tolerant.Text(e, "subject") ?? string.Empty;
        var requester = CustomerIdentity.ForPlatformUser("zd", Tolerant.Text(e, "detail", "requester_id"));
        var time = Tolerant.Time(Tolerant.Get(e, "time"));
        var createdAt = Tolerant.Time(Tolerant.Get(e, "detail", "created_at"));
        string? signalType;
        double? value = null;
        switch (Tolerant.Fold(name))
        {
            case "ticketcreated":
                signalType = SignalTypes.TicketCreated;
                break;
            case "ticketstatuschanged":
                var current = Status(Tolerant.Get(e, "event", "current"));
                var previous = Status(Tolerant.Get(e, "event", "previous"));
                if (SupportEvents.IsSolved(current) && !SupportEvents.IsSolved(previous))
                {
                    signalType = SignalTypes.TicketSolved;
                    value = time is { } solvedAt ? SupportEvents.ResolutionHours(createdAt, solvedAt) : null;
                }
                else if (SupportEvents.IsOpen(current) && SupportEvents.IsSolved(previous))
                {
                    signalType = SignalTypes.TicketReopened;
                }
                else
                {
                    return WebhookItem.Ignore(name + ":" + (current ?? "unknown"), raw);
                }

                break;
            default:
                return WebhookItem.Ignore(name, raw);
        }

        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var attributes = EmailEvents.Attributes(("channel", Tolerant.Text(e, "detail", "via", "channel")), ("priority", Tolerant.Text(e, "detail", "priority")));
        return WebhookItem.Signal(new SignalDraft(new EventIdentity(null, requester), signalType, time!.Value, ticketId, value, attributes), raw);
    }

    private static WebhookItem MapTrigger(JsonElement e, string raw)
    {
        var eventName = Tolerant.Text(e, "event");
        var status = Tolerant.Text(e, "status");
        var folded = Tolerant.Fold(eventName);
        if (folded.Length == 0)
        {
            folded = SupportEvents.IsSolved(status) ? "solved" : string.Empty;
        }

        var createdAt = Tolerant.Time(Tolerant.Get(e, "created_at"));
        var updatedAt = Tolerant.Time(Tolerant.Get(e, "updated_at"));
        var rating = Tolerant.Text(e, "satisfaction");
        (string? signalType, DateTimeOffset? time, double? value) = folded switch
        {
            "created" or "ticketcreated" => (SignalTypes.TicketCreated, createdAt, (double?)null),
            "solved" or "ticketsolved" => (SignalTypes.TicketSolved, updatedAt, updatedAt is { } at ? SupportEvents.ResolutionHours(createdAt, at) : null),
            "reopened" or "ticketreopened" => (SignalTypes.TicketReopened, updatedAt, null),
            "satisfaction" or "satisfactionrated" when SupportEvents.Csat(rating) is { } csat => (SignalTypes.SupportCsat, updatedAt, csat),
            "satisfaction" or "satisfactionrated" => (null, updatedAt, null),
            _ => ((string?)null, (DateTimeOffset?)null, (double?)null),
        };
        if (signalType is null)
        {
            return WebhookItem.Ignore(folded.StartsWith("satisfaction", StringComparison.Ordinal) ? "satisfaction:" + Tolerant.Fold(rating) : eventName ?? "(no event)", raw);
        }

        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var ticketId = Tolerant.Text(e, "ticket_id") ?? string.Empty;
        var identity = new EventIdentity(Tolerant.Text(e, "requester_email"), CustomerIdentity.ForPlatformUser("zd", Tolerant.Text(e, "requester_id")));
        var key = signalType == SignalTypes.SupportCsat ? $"{ticketId}|{value}" : ticketId;
        return WebhookItem.Signal(new SignalDraft(identity, signalType, time!.Value, key, value), raw);
    }

    private static string? Status(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value ? Tolerant.Text(value, "status") : Tolerant.Text(element);
}
