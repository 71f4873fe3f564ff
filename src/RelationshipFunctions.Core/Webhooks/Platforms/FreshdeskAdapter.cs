using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// Freshdesk automation-rule webhooks with the JSON body documented in docs/webhooks.md (<c>event</c>,
/// <c>ticket_id</c>, <c>status</c>, <c>email</c>, <c>contact_id</c>, <c>satisfaction</c>, <c>time</c>),
/// optionally wrapped in <c>freshdesk_webhook</c>. Freshdesk signs nothing: the rule adds an
/// <c>X-Webhook-Secret</c> header or Basic credentials, compared in constant time. Freshdesk's date
/// placeholders are local-time text; an event without an ISO time with offset takes the delivery's time
/// (rules fire as the change happens).
/// </summary>
public sealed class FreshdeskAdapter : IWebhookAdapter
{
    public string Platform => "freshdesk";

    public string SettingsName => "Freshdesk";

    public WebhookBodyKind BodyKind => WebhookBodyKind.Json;

    public AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now) =>
        SharedSecretAuth.Check(request, settings);

    public WebhookPayload Read(WebhookRequest request, DateTimeOffset now)
    {
        using var document = WebhookJson.Parse(request.Body);
        var root = Tolerant.Get(document.RootElement, "freshdesk_webhook") ?? document.RootElement;
        return new WebhookPayload(false, WebhookJson.MapEach(WebhookJson.Events(root), (e, raw) => Map(e, raw, now)));
    }

    private static WebhookItem Map(JsonElement e, string raw, DateTimeOffset now)
    {
        var eventName = Tolerant.Text(e, "event") ?? string.Empty;
        var status = Tolerant.Text(e, "status") ?? Tolerant.Text(e, "ticket_status");
        var folded = Tolerant.Fold(eventName);
        if (folded is "updated" or "ticketupdated" or "")
        {
            folded = SupportEvents.IsSolved(status) ? "solved" : folded;
        }

        var timeText = Tolerant.Text(e, "time");
        var time = timeText is null ? now : Tolerant.Time(timeText);
        var createdAt = Tolerant.Time(Tolerant.Get(e, "created_at"));
        var rating = Tolerant.Text(e, "satisfaction");
        (string? signalType, double? value) = folded switch
        {
            "created" or "ticketcreated" => (SignalTypes.TicketCreated, (double?)null),
            "solved" or "resolved" or "closed" or "ticketsolved" => (SignalTypes.TicketSolved, time is { } at ? SupportEvents.ResolutionHours(createdAt, at) : null),
            "reopened" or "ticketreopened" => (SignalTypes.TicketReopened, null),
            "satisfaction" or "survey" when SupportEvents.Csat(rating) is { } csat => (SignalTypes.SupportCsat, csat),
            _ => ((string?)null, (double?)null),
        };
        if (signalType is null)
        {
            return WebhookItem.Ignore(eventName.Length == 0 ? "(no event)" : eventName, raw);
        }

        if (WebhookJson.NoTime(time, raw) is { } noTime)
        {
            return noTime;
        }

        var ticketId = Tolerant.Text(e, "ticket_id") ?? string.Empty;
        var identity = new EventIdentity(Tolerant.Text(e, "email"), CustomerIdentity.ForPlatformUser("fd", Tolerant.Text(e, "contact_id")));
        var key = signalType == SignalTypes.SupportCsat ? $"{ticketId}|{value}" : ticketId;
        var attributes = EmailEvents.Attributes(("priority", Tolerant.Text(e, "priority")), ("channel", Tolerant.Text(e, "source")));
        return WebhookItem.Signal(new SignalDraft(identity, signalType, time!.Value, key, value, attributes), raw);
    }
}
