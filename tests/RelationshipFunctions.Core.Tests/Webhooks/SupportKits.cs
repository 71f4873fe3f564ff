using System.Security.Cryptography;
using System.Text;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Webhooks.Platforms;

namespace RelationshipFunctions.Tests.Webhooks;

public sealed class ZendeskKit : PlatformKit
{
    public override string Platform => "zendesk";

    public override string SettingsName => "Zendesk";

    public override bool SignsTime => true;

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("created", SignalTypes.TicketCreated),
        new("status_solved", SignalTypes.TicketSolved),
        new("status_reopened", SignalTypes.TicketReopened),
        new("status_pending", null, "ticket.status_changed:pending"),
        new("priority_changed", null, "ticket.priority_changed"),
        new("trigger_created", SignalTypes.TicketCreated),
        new("trigger_solved", SignalTypes.TicketSolved),
        new("trigger_reopened", SignalTypes.TicketReopened),
        new("trigger_satisfaction_good", SignalTypes.SupportCsat),
        new("trigger_satisfaction_bad", SignalTypes.SupportCsat),
        new("trigger_satisfaction_offered", null, "satisfaction:offered"),
    ];

    public override (string First, string Then) Pair => ("trigger_created", "trigger_solved");

    /// <summary>Event subscriptions name requesters by Zendesk user id; trigger bodies carry the email.</summary>
    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        var created = Iso(kind.EndsWith("created", StringComparison.Ordinal) ? at : at.AddHours(-30));
        var time = Iso(at);
        string Subscription(string type, string eventJson) =>
            $$"""{"type":"zen:event-type:{{type}}","account_id":10550021,"id":"{{id}}","time":"{{time}}","zendesk_event_version":"2022-11-06","subject":"zen:ticket:7304","detail":{"id":"7304","requester_id":"{{RequesterId(who)}}","status":"OPEN","priority":"normal","via":{"channel":"email"},"created_at":"{{created}}","updated_at":"{{time}}"},"event":{{eventJson}}}""";
        string Trigger(string name, string extra = "") =>
            $$"""{"event":"{{name}}","ticket_id":7304,"requester_email":" {{who.ToUpperInvariant()}} ","requester_id":"{{RequesterId(who)}}","status":"{{(name == "solved" ? "Solved" : "Open")}}","created_at":"{{created}}","updated_at":"{{time}}"{{extra}}}""";
        return kind switch
        {
            "created" => Subscription("ticket.created", "{\"meta\":{\"sequence\":{\"id\":\"a1\",\"position\":1}}}"),
            "status_solved" => Subscription("ticket.status_changed", "{\"current\":\"SOLVED\",\"previous\":\"OPEN\"}"),
            "status_reopened" => Subscription("ticket.status_changed", "{\"current\":{\"status\":\"open\"},\"previous\":{\"status\":\"solved\"}}"),
            "status_pending" => Subscription("ticket.status_changed", "{\"current\":\"pending\",\"previous\":\"open\"}"),
            "priority_changed" => Subscription("ticket.priority_changed", "{\"current\":\"high\",\"previous\":\"normal\"}"),
            "trigger_created" => Trigger("created"),
            "trigger_solved" => Trigger("solved"),
            "trigger_reopened" => Trigger("reopened"),
            "trigger_satisfaction_good" => Trigger("satisfaction", ",\"satisfaction\":\"Good, I'm satisfied\""),
            "trigger_satisfaction_bad" => Trigger("satisfaction", ",\"satisfaction\":\"Bad, I'm unsatisfied\""),
            "trigger_satisfaction_offered" => Trigger("satisfaction", ",\"satisfaction\":\"Offered\""),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    public static string RequesterId(string who) => (381000 + (Math.Abs(who.GetHashCode(StringComparison.OrdinalIgnoreCase)) % 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid) =>
        DeliverRaw(events.Count == 1 ? events[0] : "[" + string.Join(",", events) + "]", signing);

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid) => Sign(body, signing, SecretFor(signing));

    public WebhookRequestBuilder Sign(string body, Signing signing, string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new WebhookRequestBuilder(Platform, ContentType, bytes);
        if (signing == Signing.Missing)
        {
            return request;
        }

        var timestamp = Iso(SignedAt(signing));
        return request
            .With(ZendeskAdapter.SignatureHeader, Base64Hmac(HashAlgorithmName.SHA256, secret, Concat(timestamp, bytes)))
            .With(ZendeskAdapter.TimestampHeader, timestamp);
    }
}

public sealed class FreshdeskKit : PlatformKit
{
    public override string Platform => "freshdesk";

    public override string SettingsName => "Freshdesk";

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("created", SignalTypes.TicketCreated),
        new("solved", SignalTypes.TicketSolved),
        new("updated_resolved", SignalTypes.TicketSolved),
        new("reopened", SignalTypes.TicketReopened),
        new("satisfaction", SignalTypes.SupportCsat),
        new("note_added", null, "note_added"),
    ];

    public override (string First, string Then) Pair => ("created", "solved");

    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        var (name, status, extra) = kind switch
        {
            "updated_resolved" => ("ticket_updated", "4", string.Empty),
            "solved" => ("solved", "Resolved", string.Empty),
            "satisfaction" => ("satisfaction", "Closed", ",\"satisfaction\":\"4\""),
            _ => (kind, "Open", string.Empty),
        };
        return $$$"""{"freshdesk_webhook":{"event":"{{{name}}}","ticket_id":"5520","status":"{{{status}}}","email":"{{{who}}}","contact_id":77001234,"priority":"Medium","created_at":"{{{Iso(at.AddHours(-5))}}}","time":"{{{at:yyyy-MM-dd'T'HH:mm:ss+00:00}}}"{{{extra}}}}"""+"}";
    }

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid)
    {
        if (events.Count == 1)
        {
            return DeliverRaw(events[0], signing);
        }

        // Several events: the unwrapped objects in an array.
        var inner = events.Select(e => e["{\"freshdesk_webhook\":".Length..^1]);
        return DeliverRaw("[" + string.Join(",", inner) + "]", signing);
    }

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid)
    {
        var request = new WebhookRequestBuilder(Platform, ContentType, Encoding.UTF8.GetBytes(body));
        return signing switch
        {
            Signing.Missing => request,
            Signing.Rotated => request.With("Authorization", Basic(RotatedSecret)),
            _ => request.With("X-Webhook-Secret", SecretFor(signing)),
        };
    }
}

public sealed class IntercomKit : PlatformKit
{
    public override string Platform => "intercom";

    public override string SettingsName => "Intercom";

    public override bool Batches => false;

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("conversation.user.created", SignalTypes.TicketCreated),
        new("conversation.admin.closed", SignalTypes.TicketSolved),
        new("conversation.admin.opened", SignalTypes.TicketReopened),
        new("conversation.rating.added", SignalTypes.SupportCsat),
        new("conversation.admin.replied", null, "conversation.admin.replied"),
        new("contact.user.created", null, "contact.user.created"),
    ];

    public override (string First, string Then) Pair => ("conversation.user.created", "conversation.admin.closed");

    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        var rating = kind == "conversation.rating.added" ? ",\"conversation_rating\":{\"rating\":\"5\",\"remark\":\"\"}" : string.Empty;
        return $$$"""{"type":"notification_event","app_id":"q1w2e3r4","topic":"{{{kind}}}","id":"notif_{{{id}}}","created_at":{{{Seconds(at)}}},"delivery_attempts":1,"first_sent_at":{{{Seconds(at)}}},"data":{"type":"notification_event_data","item":{"type":"conversation","id":"219004","created_at":{{{Seconds(at.AddHours(-3))}}},"state":"open","source":{"type":"conversation","author":{"type":"user","id":"64aa10","email":"{{{who}}}"}},"contacts":{"type":"contact.list","contacts":[{"type":"contact","id":"64aa10","external_id":"crm-1186"}]}{{{rating}}}}}"""+"}";
    }

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid) =>
        DeliverRaw(events.Count == 0 ? "[]" : events.Single(), signing);

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new WebhookRequestBuilder(Platform, ContentType, bytes);
        return signing == Signing.Missing
            ? request
            : request.With(IntercomAdapter.SignatureHeader, "sha1=" + HexHmac(HashAlgorithmName.SHA1, SecretFor(signing), bytes));
    }
}

public sealed class HelpScoutKit : PlatformKit
{
    public override string Platform => "helpscout";

    public override string SettingsName => "HelpScout";

    public override bool Batches => false;

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("convo.created", SignalTypes.TicketCreated),
        new("convo.status:closed", SignalTypes.TicketSolved),
        new("convo.status:active", SignalTypes.TicketReopened),
        new("satisfaction.ratings", SignalTypes.SupportCsat),
        new("convo.agent.reply.created", null, "convo.agent.reply.created:active"),
    ];

    public override (string First, string Then) Pair => ("convo.created", "convo.status:closed");

    /// <summary>The event name travels in a header: the text is "event-name LF body", split again by <see cref="DeliverRaw"/>.</summary>
    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1") =>
        kind.Split(':')[0] + "\n" + Body(kind, who, at, id);

    private static string Body(string kind, string who, DateTimeOffset at, string id)
    {
        var parts = kind.Split(':');
        if (parts[0] == "satisfaction.ratings")
        {
            return $$"""{"id":"{{id}}","rating":"Great","comments":"","conversationId":"882211","threadId":"1","customer":{"id":"5501","email":"{{who}}"},"createdAt":"{{Iso(at)}}"}""";
        }

        var status = parts.Length > 1 ? parts[1] : "active";
        var closed = parts.Length > 1 ? $"\"closedAt\":\"{Iso(at)}\"," : string.Empty;
        return $$$"""{"id":882211,"number":3104,"status":"{{{status}}}","createdAt":"{{{Iso(parts[0] == "convo.created" ? at : at.AddHours(-7))}}}",{{{closed}}}"userUpdatedAt":"{{{Iso(at)}}}","primaryCustomer":{"id":5501,"email":"{{{who}}}"}}""";
    }

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid) =>
        DeliverRaw(events.Count == 0 ? "[]" : events.Single(), signing);

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid)
    {
        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        var eventName = newline < 0 ? "convo.created" : body[..newline];
        var bytes = Encoding.UTF8.GetBytes(newline < 0 ? body : body[(newline + 1)..]);
        var request = new WebhookRequestBuilder(Platform, ContentType, bytes).With(HelpScoutAdapter.EventHeader, eventName);
        return signing == Signing.Missing
            ? request
            : request.With(HelpScoutAdapter.SignatureHeader, Base64Hmac(HashAlgorithmName.SHA1, SecretFor(signing), bytes));
    }
}

public sealed class HubSpotKit : PlatformKit
{
    public override string Platform => "hubspot";

    public override string SettingsName => "HubSpot";

    public override bool SignsTime => true;

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("optout", SignalTypes.EmailUnsubscribe),
        new("optin", SignalTypes.EmailResubscribe),
        new("nps", SignalTypes.FeedbackNps),
        new("creation", null, "contact.creation"),
        new("firstname", null, "contact.propertyChange:firstname"),
    ];

    public override (string First, string Then) Pair => ("optout", "optin");

    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        var objectId = 9100 + (Math.Abs(who.GetHashCode(StringComparison.OrdinalIgnoreCase)) % 1000);
        var eventId = id == "evt-1" ? "1000123" : "\"" + id + "\"";
        var (type, property) = kind switch
        {
            "optout" => ("contact.propertyChange", ",\"propertyName\":\"hs_email_optout\",\"propertyValue\":\"true\""),
            "optin" => ("contact.propertyChange", ",\"propertyName\":\"hs_email_optout\",\"propertyValue\":\"false\""),
            "nps" => ("contact.propertyChange", ",\"propertyName\":\"hs_feedback_last_nps_rating\",\"propertyValue\":\"9\""),
            "firstname" => ("contact.propertyChange", ",\"propertyName\":\"firstname\",\"propertyValue\":\"Ines\""),
            _ => ("contact.creation", string.Empty),
        };
        return $$"""{"eventId":{{eventId}},"subscriptionId":4431,"portalId":62515,"appId":1160452,"occurredAt":{{Millis(at)}},"subscriptionType":"{{type}}","attemptNumber":0,"objectId":{{objectId}},"changeSource":"CRM"{{property}}}""";
    }

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid) =>
        DeliverRaw("[" + string.Join(",", events) + "]", signing);

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new WebhookRequestBuilder(Platform, ContentType, bytes);
        if (signing == Signing.Missing)
        {
            return request;
        }

        var timestamp = Millis(SignedAt(signing));
        var signed = Concat("POST" + request.Url, bytes, timestamp);
        return request
            .With(HubSpotAdapter.SignatureHeader, Base64Hmac(HashAlgorithmName.SHA256, SecretFor(signing), signed))
            .With(HubSpotAdapter.TimestampHeader, timestamp);
    }
}
