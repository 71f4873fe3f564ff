using System.Text.Json;
using Azure.Messaging.ServiceBus;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Functions.Delivery;

/// <summary>
/// Puts deliveries on the <c>tier-changes</c> queue: sent at once when due, else as scheduled messages that
/// Service Bus releases at the due time. One message per (event, subscription, attempt).
/// </summary>
public sealed class ServiceBusDeliveryScheduler(ServiceBusSender sender, TimeProvider clock) : IDeliveryScheduler
{
    /// <summary>Serializer settings shared with the trigger that reads the messages back.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task ScheduleAsync(IReadOnlyList<WebhookDelivery> deliveries, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        foreach (var chunk in deliveries.Chunk(100))
        {
            var messages = chunk.Select(ToMessage).ToList();
            if (dueAt <= clock.GetUtcNow())
            {
                await sender.SendMessagesAsync(messages, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await sender.ScheduleMessagesAsync(messages, dueAt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static ServiceBusMessage ToMessage(WebhookDelivery delivery) => new(JsonSerializer.SerializeToUtf8Bytes(delivery, Json))
    {
        MessageId = delivery.MessageId,
        ContentType = "application/json",
        Subject = delivery.Event.Type,
    };
}
