namespace RelationshipFunctions.Webhooks;

/// <summary>Who an event is about, as the platform names them. Email wins when both are given.</summary>
/// <param name="Email">The address, as sent (normalised later).</param>
/// <param name="PlatformUserId">The customer id made from the platform's user id (<see cref="CustomerIdentity.ForPlatformUser"/>), used when there is no email.</param>
public sealed record EventIdentity(string? Email, string? PlatformUserId)
{
    public static EventIdentity OfEmail(string? email) => new(email, null);
}

/// <summary>A signal an adapter read from a platform event, before identity and key are resolved.</summary>
/// <param name="Identity">Who the event is about.</param>
/// <param name="Type">A name from <see cref="Ingest.SignalTypes"/>.</param>
/// <param name="OccurredAt">When it happened, per the platform.</param>
/// <param name="ContentKey">
/// The event's stable content apart from type, customer and time (message id, link, ticket id ...): the
/// idempotency key is a hash of these, never of a delivery id, because platforms resend under new ids.
/// </param>
/// <param name="Value">The signal's value, if its type takes one.</param>
/// <param name="Attributes">Small attributes without personal data.</param>
public sealed record SignalDraft(
    EventIdentity Identity,
    string Type,
    DateTimeOffset OccurredAt,
    string ContentKey,
    double? Value = null,
    IReadOnlyDictionary<string, string>? Attributes = null);

/// <summary>What one platform event became.</summary>
public enum WebhookItemKind
{
    /// <summary>A signal to store.</summary>
    Signal,

    /// <summary>An event that is not a signal (unmapped type, machine open, temporary failure, test): counted by type.</summary>
    Ignored,

    /// <summary>An event that cannot be used (no identity, impossible time): quarantined with its reason.</summary>
    Quarantined,
}

/// <summary>One event of a delivery and what it became.</summary>
/// <param name="Kind">Signal, ignored or quarantined.</param>
/// <param name="Draft">The signal, for <see cref="WebhookItemKind.Signal"/>.</param>
/// <param name="Label">The platform's event type (ignored) or the reason (quarantined).</param>
/// <param name="Raw">The event's own text, kept for the quarantine.</param>
public sealed record WebhookItem(WebhookItemKind Kind, SignalDraft? Draft, string Label, string Raw)
{
    public static WebhookItem Signal(SignalDraft draft, string raw) => new(WebhookItemKind.Signal, draft, draft.Type, raw);

    public static WebhookItem Ignore(string eventType, string raw) =>
        new(WebhookItemKind.Ignored, null, string.IsNullOrWhiteSpace(eventType) ? "(none)" : Clip(eventType), raw);

    public static WebhookItem Quarantine(string reason, string raw) => new(WebhookItemKind.Quarantined, null, reason, raw);

    private static string Clip(string text) => text.Length <= 64 ? text : text[..64];
}

/// <summary>A delivery's events, or the fact that it was a test or ping.</summary>
public sealed record WebhookPayload(bool IsTest, IReadOnlyList<WebhookItem> Items)
{
    public static readonly WebhookPayload Test = new(true, []);
}
