namespace RelationshipFunctions.Notifications;

/// <summary>
/// Hands tier-change events to delivery. In Azure this sends to the <c>tier-changes</c> Service Bus
/// queue; the console runner delivers in process.
/// </summary>
public interface ITierChangePublisher
{
    Task PublishAsync(IReadOnlyList<TierChangeEvent> events, CancellationToken cancellationToken);
}
