namespace RelationshipFunctions.Webhooks;

/// <summary>How a platform frames its deliveries.</summary>
public enum WebhookBodyKind
{
    /// <summary><c>application/json</c>.</summary>
    Json,

    /// <summary><c>application/x-www-form-urlencoded</c>.</summary>
    Form,
}
