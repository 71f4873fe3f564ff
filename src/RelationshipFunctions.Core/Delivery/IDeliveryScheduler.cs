namespace RelationshipFunctions.Delivery;

/// <summary>
/// Hands deliveries to be attempted at a time: Service Bus scheduled messages in Azure, an in-process
/// queue in tests and the runner.
/// </summary>
public interface IDeliveryScheduler
{
    /// <summary>Schedules every delivery for <paramref name="dueAt"/>; a time in the past means now.</summary>
    Task ScheduleAsync(IReadOnlyList<WebhookDelivery> deliveries, DateTimeOffset dueAt, CancellationToken cancellationToken);
}
