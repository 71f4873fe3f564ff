using System.Text.Json;
using Azure.Messaging.ServiceBus;

namespace RelationshipFunctions.Notifications;

/// <summary>Sends tier changes to the <c>tier-changes</c> queue, one message per event, with the event id as message id.</summary>
public sealed class ServiceBusTierChangePublisher(ServiceBusSender sender) : ITierChangePublisher
{
    public async Task PublishAsync(IReadOnlyList<TierChangeEvent> events, CancellationToken cancellationToken)
    {
        var pending = new Queue<TierChangeEvent>(events);
        while (pending.Count > 0)
        {
            using var batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
            while (pending.Count > 0 && batch.TryAddMessage(ToMessage(pending.Peek())))
            {
                pending.Dequeue();
            }

            if (batch.Count == 0)
            {
                throw new InvalidOperationException("A tier-change message is larger than the queue's message size limit.");
            }

            await sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ServiceBusMessage ToMessage(TierChangeEvent change) => new(JsonSerializer.SerializeToUtf8Bytes(change))
    {
        MessageId = change.Id,
        ContentType = "application/json",
        Subject = change.Type,
    };
}
