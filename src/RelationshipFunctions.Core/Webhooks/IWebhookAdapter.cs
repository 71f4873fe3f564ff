namespace RelationshipFunctions.Webhooks;

/// <summary>
/// One platform: how its deliveries are authenticated and how its events become signals. The processor
/// calls <see cref="Authenticate"/> on the raw request first and <see cref="Read"/> only when it passed.
/// </summary>
public interface IWebhookAdapter
{
    /// <summary>The route segment, lower case: <c>POST /api/webhooks/{Platform}</c>.</summary>
    string Platform { get; }

    /// <summary>The platform's name in settings: <c>Webhooks__{SettingsName}__Secrets__0</c>.</summary>
    string SettingsName { get; }

    /// <summary>How the platform frames its body.</summary>
    WebhookBodyKind BodyKind { get; }

    /// <summary>Checks the signature or secret on the raw request, in constant time, with the timestamp tolerance.</summary>
    AuthResult Authenticate(WebhookRequest request, WebhookSettings settings, DateTimeOffset now);

    /// <summary>Reads the platform's events. Throws <see cref="WebhookBodyException"/> for a body that cannot be read at all.</summary>
    WebhookPayload Read(WebhookRequest request, DateTimeOffset now);
}
