using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Notifications;

namespace RelationshipFunctions.Functions.Notifications;

/// <summary>
/// The <c>tier-changes</c> queue: posts each event to the downstream URLs. A failed delivery throws,
/// so the queue retries it; a message that is not a tier change can never succeed and fails at once.
/// </summary>
public sealed class TierChangeDeliveryFunction(TierChangeNotifier notifier)
{
    public const string QueueName = "tier-changes";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Function("TierChangeDelivery")]
    public async Task RunAsync(
        [ServiceBusTrigger(QueueName, Connection = "ServiceBusConnection")] string body,
        CancellationToken cancellationToken)
    {
        TierChangeEvent? change;
        try
        {
            change = JsonSerializer.Deserialize<TierChangeEvent>(body, Json);
        }
        catch (JsonException ex)
        {
            throw new DeliveryFailedException("The message is not a tier-change event.", ex);
        }

        if (change is null || string.IsNullOrEmpty(change.Id))
        {
            throw new DeliveryFailedException("The message is not a tier-change event.");
        }

        await notifier.DeliverAsync(change, cancellationToken).ConfigureAwait(false);
    }
}
