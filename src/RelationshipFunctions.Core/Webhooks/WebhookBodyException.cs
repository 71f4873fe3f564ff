namespace RelationshipFunctions.Webhooks;

/// <summary>The delivery's body cannot be read as the platform's payload at all (answered 400).</summary>
public sealed class WebhookBodyException(string message) : Exception(message)
{
    public WebhookBodyException()
        : this("The body cannot be read.")
    {
    }

    public WebhookBodyException(string message, Exception innerException)
        : this(message + " " + innerException.Message)
    {
    }
}
