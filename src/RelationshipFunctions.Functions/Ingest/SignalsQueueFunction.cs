using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Functions.Ingest;

/// <summary>
/// The <c>signals</c> queue: the same schema through the same ingestion service. Unprocessable messages
/// are quarantined and completed; a storage failure throws, so Service Bus redelivers the message and
/// dead-letters it after the queue's maximum delivery count.
/// </summary>
public sealed class SignalsQueueFunction(SignalQueueHandler handler)
{
    public const string QueueName = "signals";

    [Function("SignalsQueue")]
    public Task<QueueMessageOutcome> RunAsync(
        [ServiceBusTrigger(QueueName, Connection = "ServiceBusConnection")] string body,
        string messageId,
        string? contentType,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(messageId, body, contentType, cancellationToken);
}
