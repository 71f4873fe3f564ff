using System.Net;
using System.Security.Cryptography;
using System.Text;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Webhooks.Platforms;

namespace RelationshipFunctions.Tests.Webhooks;

public sealed class MailchimpKit : PlatformKit
{
    public override string Platform => "mailchimp";

    public override string SettingsName => "Mailchimp";

    public override string ContentType => "application/x-www-form-urlencoded";

    public override bool Batches => false;

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("subscribe", SignalTypes.NewsletterSubscribe),
        new("unsubscribe", SignalTypes.NewsletterUnsubscribe),
        new("unsubscribe_abuse", SignalTypes.EmailSpamReport),
        new("cleaned_hard", SignalTypes.EmailBounce),
        new("cleaned_abuse", SignalTypes.EmailSpamReport),
        new("profile", null, "profile"),
        new("upemail", null, "upemail"),
        new("campaign", null, "campaign"),
    ];

    public override (string First, string Then) Pair => ("subscribe", "unsubscribe");

    public override string MalformedBody => "fired_at=2026-11-30+10%3A00%3A00&data%5Bemail%5D=%ZZ";

    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        var parts = kind.Split('_');
        var fields = new List<(string, string)>
        {
            ("type", parts[0]),
            ("fired_at", at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
            ("data[id]", "8a25ff1d98"),
            ("data[list_id]", "a6b5da1054"),
            ("data[email]", who),
            ("data[email_type]", "html"),
            ("data[merges][EMAIL]", who),
            ("data[merges][FNAME]", "Odile"),
        };
        if (parts.Length > 1)
        {
            fields.Add(("data[reason]", parts[1]));
        }

        if (parts[0] == "unsubscribe")
        {
            fields.Add(("data[action]", "unsub"));
        }

        return Form([.. fields]);
    }

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid) =>
        DeliverRaw(events.Count == 0 ? string.Empty : events.Single(), signing);

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid)
    {
        var request = new WebhookRequestBuilder(Platform, ContentType, Encoding.UTF8.GetBytes(body));
        if (signing != Signing.Missing)
        {
            request.Url = $"https://relationship.example.net/api/webhooks/mailchimp?code=function-key&secret={WebUtility.UrlEncode(SecretFor(signing))}";
        }

        return request;
    }
}

public sealed class MandrillKit : PlatformKit
{
    public const string Url = "https://relationship.example.net/api/webhooks/mandrill?code=function-key";

    public override string Platform => "mandrill";

    public override string SettingsName => "Mandrill";

    public override string ContentType => "application/x-www-form-urlencoded";

    public override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Webhooks:Mandrill:Url"] = Url;
        return settings;
    }

    public override IReadOnlyList<EventCase> Cases =>
    [
        new("send", SignalTypes.EmailDelivered),
        new("open", SignalTypes.EmailOpen),
        new("open_proxy", null, "open:machine"),
        new("click", SignalTypes.EmailClick),
        new("hard_bounce", SignalTypes.EmailBounce),
        new("soft_bounce", null, "soft_bounce"),
        new("deferral", null, "deferral"),
        new("spam", SignalTypes.EmailSpamReport),
        new("unsub", SignalTypes.EmailUnsubscribe),
        new("reject", null, "reject"),
        new("blacklist", null, "sync:blacklist"),
    ];

    public override (string First, string Then) Pair => ("send", "open");

    public override string MalformedBody => Form(("mandrill_events", "[{\"event\":\"send\","));

    public override string EventJson(string kind, string who, DateTimeOffset at, string id = "evt-1")
    {
        if (kind == "blacklist")
        {
            return $$$"""{"type":"blacklist","action":"add","reject":{"email":"{{{who}}}","reason":"hard-bounce"}}""";
        }

        var (name, extra) = kind switch
        {
            "open_proxy" => ("open", ",\"user_agent\":\"Mozilla/5.0 (via ggpht.com GoogleImageProxy)\""),
            "open" => ("open", ",\"user_agent\":\"Mozilla/5.0 (Macintosh)\",\"ip\":\"203.0.113.9\""),
            "click" => ("click", ",\"url\":\"https://bakery.sorrelhill.biz/menu\""),
            _ => (kind, string.Empty),
        };
        return $$"""{"event":"{{name}}","_id":"{{id}}","ts":{{Seconds(at)}},"msg":{"ts":{{Seconds(at.AddMinutes(-1))}},"_id":"5f1d2c0e9ab34","email":"{{who}}","subject":"Spring menu","tags":["menu"],"state":"sent"}{{extra}}}""";
    }

    public override WebhookRequestBuilder Deliver(IReadOnlyList<string> events, Signing signing = Signing.Valid) =>
        DeliverRaw(Form(("mandrill_events", "[" + string.Join(",", events) + "]")), signing);

    public override WebhookRequestBuilder DeliverRaw(string body, Signing signing = Signing.Valid)
    {
        var request = new WebhookRequestBuilder(Platform, ContentType, Encoding.UTF8.GetBytes(body)) { Url = Url };
        if (signing == Signing.Missing)
        {
            return request;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            fields[WebUtility.UrlDecode(pair[..equals])] = WebUtility.UrlDecode(pair[(equals + 1)..]);
        }

        // Mandrill's documented recipe: the URL, then each POST field's name and value, sorted by name.
        var signed = Encoding.UTF8.GetBytes(Url + string.Concat(fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + f.Value)));
        return request.With(MandrillAdapter.SignatureHeader, Base64Hmac(HashAlgorithmName.SHA1, SecretFor(signing), signed));
    }
}
