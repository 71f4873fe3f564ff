using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Functions.Delivery;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Functions.Notifications;

/// <summary>
/// The <c>tier-changes</c> queue: one webhook delivery (one event for one subscription) per message, attempted
/// once; its retries are scheduled messages, so the function never throws for a failed receiver. A message
/// that is not a delivery can never succeed and fails at once, so the queue dead-letters it.
/// </summary>
public sealed class TierChangeDeliveryFunction(WebhookDeliveryService webhooks)
{
    public const string QueueName = "tier-changes";

    [Function("TierChangeDelivery")]
    public async Task RunAsync(
        [ServiceBusTrigger(QueueName, Connection = "ServiceBusConnection")] string body,
        CancellationToken cancellationToken)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new DeliveryFailedException("The message is not a webhook delivery.", ex);
        }

        var delivery = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("subscriptionId", out _)
            ? root.Deserialize<WebhookDelivery>(ServiceBusDeliveryScheduler.Json)
            : null;
        if (delivery?.Event is null || string.IsNullOrEmpty(delivery.SubscriptionId))
        {
            throw new DeliveryFailedException("The message is not a webhook delivery.");
        }

        await webhooks.DeliverAsync(delivery, cancellationToken).ConfigureAwait(false);
    }
}
