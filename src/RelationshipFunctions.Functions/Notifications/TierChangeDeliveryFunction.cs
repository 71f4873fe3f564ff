using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Functions.Delivery;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Functions.Notifications;

/// <summary>
/// The <c>tier-changes</c> queue. A webhook delivery (one event for one subscription) is attempted once;
/// its retries are scheduled messages, so the function never throws for a failed receiver. A bare tier
/// change, from before subscriptions, goes to the configured downstream URLs and throws to be retried.
/// A message that is neither can never succeed and fails at once.
/// </summary>
public sealed class TierChangeDeliveryFunction(TierChangeNotifier notifier, WebhookDeliveryService webhooks)
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
            throw new DeliveryFailedException("The message is not a tier-change event.", ex);
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("subscriptionId", out _))
        {
            var delivery = root.Deserialize<WebhookDelivery>(ServiceBusDeliveryScheduler.Json);
            if (delivery?.Event is null || string.IsNullOrEmpty(delivery.SubscriptionId))
            {
                throw new DeliveryFailedException("The message is not a webhook delivery.");
            }

            await webhooks.DeliverAsync(delivery, cancellationToken).ConfigureAwait(false);
            return;
        }

        var change = root.ValueKind == JsonValueKind.Object ? root.Deserialize<TierChangeEvent>(ServiceBusDeliveryScheduler.Json) : null;
        if (change is null || string.IsNullOrEmpty(change.Id))
        {
            throw new DeliveryFailedException("The message is not a tier-change event.");
        }

        await notifier.DeliverAsync(change, cancellationToken).ConfigureAwait(false);
    }
}
