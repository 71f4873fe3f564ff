using System.Security.Cryptography;
using System.Text;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Webhooks.Platforms;

namespace RelationshipFunctions.Tests.Webhooks;

public sealed class SendGridKit : PlatformKit
{
    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static readonly ECDsa RotatedKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static readonly ECDsa WrongKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public override string Platform => "sendgrid";

    public override string SettingsName => "SendGrid";

    public override bool SignsTime => true;

    public override Dictionary<string, string?> Settings() => new()
    {
        ["Webhooks:SendGrid:Secrets:0"] = Convert.ToBase64String(Key.ExportSubjectPublicKeyInfo()),
        ["Webhooks:SendGrid:Secrets:1"] = RotatedKey.ExportSubjectPublicKeyInfoPem(),
    };

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("delivered", SignalTypes.EmailDelivered),
        new("open", SignalTypes.EmailOpen),
        new("open_machine", null, "open:machine"),
        new("open_proxy", null, "open:machine"),
        new("click", SignalTypes.EmailClick),
        new("bounce", SignalTypes.EmailBounce),
        new("blocked", null, "bounce:blocked"),
        new("deferred", null, "deferred"),
        new("dropped", null, "dropped"),
        new("processed", null, "processed"),
        new("spamreport", SignalTypes.EmailSpamReport),
        new("unsubscribe", SignalTypes.EmailUnsubscribe),
        new("group_unsubscribe", SignalTypes.EmailUnsubscribe),
        new("group_resubscribe", SignalTypes.EmailResubscribe),
    ];

    public override (string First, string Then) Pair => ("delivered", "open");

    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        var (name, extra) = kind switch
        {
            "open_machine" => ("open", ",\"sg_machine_open\":true"),
            "open_proxy" => ("open", ",\"useragent\":\"Mozilla/5.0 (via ggpht.com GoogleImageProxy)\""),
            "open" => ("open", ",\"sg_machine_open\":\"false\",\"useragent\":\"Mozilla/5.0\""),
            "click" => ("click", ",\"url\":\"https://shop.quillfeather.biz/spring\""),
            "bounce" => ("bounce", ",\"type\":\"bounce\",\"reason\":\"550 5.1.1 no such user\""),
            "blocked" => ("bounce", ",\"type\":\"blocked\""),
            "group_unsubscribe" or "group_resubscribe" => (kind, ",\"asm_group_id\":\"42\""),
            _ => (kind, string.Empty),
        };

        // Timestamps arrive as numbers, and from some relays as strings; categories as a string or an array.
        var timestamp = kind == "delivered" ? $"\"{Seconds(at)}\"" : Seconds(at);
        var category = kind == "click" ? "\"spring-sale\"" : "[\"newsletter\",\"spring-sale\"]";
        return $$"""{"email":"{{who}}","timestamp":{{timestamp}},"event":"{{name}}","sg_event_id":"{{id}}","sg_message_id":"msg-7781.filter0001","category":{{category}}{{extra}}}""";
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

        var timestamp = Seconds(SignedAt(signing));
        var key = signing switch { Signing.Rotated => RotatedKey, Signing.Wrong => WrongKey, _ => Key };
        var signature = key.SignData(Concat(timestamp, bytes), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return request
            .With(SendGridAdapter.SignatureHeader, Convert.ToBase64String(signature))
            .With(SendGridAdapter.TimestampHeader, timestamp);
    }
}

public sealed class MailgunKit : PlatformKit
{
    public override string Platform => "mailgun";

    public override string SettingsName => "Mailgun";

    public override bool SignsTime => true;

    public override bool Batches => false;

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("delivered", SignalTypes.EmailDelivered),
        new("opened", SignalTypes.EmailOpen),
        new("opened_bot", null, "opened:machine"),
        new("clicked", SignalTypes.EmailClick),
        new("unsubscribed", SignalTypes.EmailUnsubscribe),
        new("complained", SignalTypes.EmailSpamReport),
        new("failed_permanent", SignalTypes.EmailBounce),
        new("failed_temporary", null, "failed:temporary"),
        new("accepted", null, "accepted"),
    ];

    public override (string First, string Then) Pair => ("delivered", "opened");

    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        var (name, extra) = kind switch
        {
            "opened_bot" => ("opened", ",\"client-info\":{\"bot\":\"apple\",\"client-type\":\"mobile browser\"}"),
            "opened" => ("opened", ",\"client-info\":{\"bot\":\"\",\"client-type\":\"email client\"}"),
            "clicked" => ("clicked", ",\"url\":\"https://tickets.lanternrow.biz/r/88\""),
            "failed_permanent" => ("failed", ",\"severity\":\"permanent\",\"reason\":\"bounce\""),
            "failed_temporary" => ("failed", ",\"severity\":\"Temporary\",\"reason\":\"greylisted\""),
            _ => (kind, string.Empty),
        };
        var timestamp = (at.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        return $$$"""{"event":"{{{name}}}","timestamp":{{{timestamp}}},"id":"{{{id}}}","recipient":"{{{who}}}","tags":"spring","message":{"headers":{"message-id":"20261130.mg.harbourlane.biz"}}{{{extra}}}}""";
    }

    public override string MalformedBody => "{\"signature\": {\"timestamp\": ";

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid) =>
        DeliverRaw(events.Count == 0 ? "null" : events.Single(), signing);

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid)
    {
        // The signature lives inside the body; a raw body that is not an event is sent as it is.
        if (!body.StartsWith("{\"event\"", StringComparison.Ordinal) && body != "null")
        {
            return new WebhookRequestBuilder(Platform, ContentType, Encoding.UTF8.GetBytes(body));
        }

        var timestamp = Seconds(SignedAt(signing));
        const string token = "c0ffee5eed0123456789abcdef0123456789abcdef0123456789";
        var signature = HexHmac(HashAlgorithmName.SHA256, SecretFor(signing), Encoding.UTF8.GetBytes(timestamp + token));
        var signatureJson = signing == Signing.Missing
            ? string.Empty
            : $$"""
                "signature":{"timestamp":"{{timestamp}}","token":"{{token}}","signature":"{{signature}}"},
                """;
        var text = "{" + signatureJson + "\"event-data\":" + body + "}";
        return new WebhookRequestBuilder(Platform, ContentType, Encoding.UTF8.GetBytes(text));
    }
}

public sealed class PostmarkKit : PlatformKit
{
    public override string Platform => "postmark";

    public override string SettingsName => "Postmark";

    public override bool Batches => false;

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("Delivery", SignalTypes.EmailDelivered),
        new("Open", SignalTypes.EmailOpen),
        new("Open_proxy", null, "Open:machine"),
        new("Click", SignalTypes.EmailClick),
        new("HardBounce", SignalTypes.EmailBounce),
        new("SoftBounce", null, "Bounce:SoftBounce"),
        new("Transient", null, "Bounce:Transient"),
        new("SpamComplaint", SignalTypes.EmailSpamReport),
        new("Unsubscribe", SignalTypes.EmailUnsubscribe),
        new("Resubscribe", SignalTypes.EmailResubscribe),
        new("SuppressedByBounce", null, "SubscriptionChange:HardBounce"),
        new("Inbound", null, "Inbound"),
    ];

    public override (string First, string Then) Pair => ("Delivery", "Open");

    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        var time = Iso(at);
        return kind switch
        {
            "Delivery" => $$"""{"RecordType":"Delivery","ServerID":2201,"MessageStream":"outbound","MessageID":"0d3c91aa-5e77-msg","Recipient":"{{who}}","Tag":"welcome","DeliveredAt":"{{time}}","Details":"250 OK"}""",
            "Open" => $$"""{"RecordType":"open","MessageID":"0d3c91aa-5e77-msg","Recipient":"{{who}}","FirstOpen":true,"ReceivedAt":"{{at.ToOffset(TimeSpan.FromHours(-5)):yyyy-MM-dd'T'HH:mm:ss.fffffffzzz}}","UserAgent":"Mozilla/5.0 (Windows NT 10.0)","Platform":"Desktop"}""",
            "Open_proxy" => $$"""{"RecordType":"Open","MessageID":"0d3c91aa-5e77-msg","Recipient":"{{who}}","ReceivedAt":"{{time}}","UserAgent":"Mozilla/5.0 (via ggpht.com GoogleImageProxy)"}""",
            "Click" => $$"""{"RecordType":"Click","MessageID":"0d3c91aa-5e77-msg","Recipient":"{{who}}","ReceivedAt":"{{time}}","OriginalLink":"https://atelier.copperkettle.biz/spring","ClickLocation":"HTML"}""",
            "SpamComplaint" => $$"""{"RecordType":"SpamComplaint","ID":4323372036854775808,"Type":"SpamComplaint","MessageID":"0d3c91aa-5e77-msg","Email":"{{who}}","BouncedAt":"{{time}}"}""",
            "HardBounce" or "SoftBounce" or "Transient" =>
                $$"""{"RecordType":"Bounce","ID":4323372036854775807,"Type":"{{kind}}","TypeCode":1,"MessageID":"0d3c91aa-5e77-msg","Email":"{{who}}","BouncedAt":"{{time}}","Inactive":true}""",
            "Unsubscribe" => $$"""{"RecordType":"SubscriptionChange","MessageID":"0d3c91aa-5e77-msg","ChangedAt":"{{time}}","Recipient":"{{who}}","SuppressSending":true,"SuppressionReason":"ManualSuppression"}""",
            "Resubscribe" => $$"""{"RecordType":"SubscriptionChange","MessageID":"0d3c91aa-5e77-msg","ChangedAt":"{{time}}","Recipient":"{{who}}","SuppressSending":"false","SuppressionReason":null}""",
            "SuppressedByBounce" => $$"""{"RecordType":"SubscriptionChange","MessageID":"0d3c91aa-5e77-msg","ChangedAt":"{{time}}","Recipient":"{{who}}","SuppressSending":true,"SuppressionReason":"HardBounce"}""",
            _ => $$"""{"RecordType":"{{kind}}","MessageID":"0d3c91aa-5e77-msg","Email":"{{who}}"}""",
        };
    }

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid) =>
        DeliverRaw(events.Count == 0 ? "[]" : events.Single(), signing);

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid)
    {
        var request = new WebhookRequestBuilder(Platform, ContentType, Encoding.UTF8.GetBytes(body));
        return signing switch
        {
            Signing.Missing => request,
            Signing.Rotated => request.With("X-Webhook-Secret", RotatedSecret),
            _ => request.With("Authorization", Basic(SecretFor(signing))),
        };
    }
}

public sealed class BrevoKit : PlatformKit
{
    public override string Platform => "brevo";

    public override string SettingsName => "Brevo";

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("delivered", SignalTypes.EmailDelivered),
        new("opened", SignalTypes.EmailOpen),
        new("unique_opened", SignalTypes.EmailOpen),
        new("proxy_open", null, "proxy_open"),
        new("click", SignalTypes.EmailClick),
        new("hard_bounce", SignalTypes.EmailBounce),
        new("hardBounce", SignalTypes.EmailBounce),
        new("soft_bounce", null, "soft_bounce"),
        new("deferred", null, "deferred"),
        new("spam", SignalTypes.EmailSpamReport),
        new("unsubscribed", SignalTypes.EmailUnsubscribe),
        new("request", null, "request"),
    ];

    public override (string First, string Then) Pair => ("delivered", "opened");

    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        // "date" is the account's local time (here UTC+2, without an offset): never used; the epoch fields are.
        var local = at.ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var epoch = kind == "hardBounce" ? $"\"ts_event\":{Seconds(at)}" : $"\"ts_epoch\":\"{Millis(at)}\",\"ts\":{Seconds(at)}";
        var link = kind == "click" ? ",\"link\":\"https://studio.brambleway.biz/offer\"" : string.Empty;
        return $$"""{"event":"{{kind}}","email":"{{who}}","id":{{(id == "evt-1" ? "181920" : "\"" + id + "\"")}},"date":"{{local}}",{{epoch}},"message-id":"<20261130.brevo.1@smtp-relay>","tag":"spring","tags":["spring","retention"]{{link}}}""";
    }

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid) =>
        DeliverRaw(events.Count == 1 ? events[0] : "[" + string.Join(",", events) + "]", signing);

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid)
    {
        var request = new WebhookRequestBuilder(Platform, ContentType, Encoding.UTF8.GetBytes(body));
        return signing switch
        {
            Signing.Missing => request,
            Signing.Rotated => request.With("Authorization", "Bearer " + RotatedSecret),
            _ => request.With("Authorization", Basic(SecretFor(signing))),
        };
    }
}
