namespace RelationshipFunctions.Notifications;

/// <summary>
/// Delivers tier changes directly, for the console runner where no Service Bus is at hand. A failed
/// delivery is reported, not retried: the runner is run by a person who sees the error.
/// </summary>
public sealed class InProcessTierChangePublisher(TierChangeNotifier notifier) : ITierChangePublisher
{
    public async Task PublishAsync(IReadOnlyList<TierChangeEvent> events, CancellationToken cancellationToken)
    {
        foreach (var change in events)
        {
            await notifier.DeliverAsync(change, cancellationToken).ConfigureAwait(false);
        }
    }
}
