namespace RelationshipFunctions.Delivery;

/// <summary>
/// Keeps scheduled deliveries in memory and runs the due ones in parallel when asked. Time comes from
/// the injected clock, so a test moves a fake clock to <see cref="NextDueAt"/> and runs the next round.
/// </summary>
public sealed class InProcessDeliveryScheduler(TimeProvider clock) : IDeliveryScheduler
{
    /// <summary>
    /// The most deliveries attempted at once: a slow endpoint holds one slot, never the others, and small
    /// local receivers (a laptop script with a short listen backlog) are not flooded.
    /// </summary>
    public const int MaxParallelDeliveries = 8;

    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset DueAt, WebhookDelivery Delivery)> _pending = [];

    /// <summary>When the earliest pending delivery is due, or null when none is pending.</summary>
    public DateTimeOffset? NextDueAt
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count == 0 ? null : _pending.Min(entry => entry.DueAt);
            }
        }
    }

    public Task ScheduleAsync(IReadOnlyList<WebhookDelivery> deliveries, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _pending.AddRange(deliveries.Select(delivery => (dueAt, delivery)));
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs every delivery due by now, up to <see cref="MaxParallelDeliveries"/> at once; returns how many ran.</summary>
    public async Task<int> RunDueAsync(WebhookDeliveryService service, CancellationToken cancellationToken)
    {
        List<WebhookDelivery> due;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            due = _pending.Where(entry => entry.DueAt <= now).Select(entry => entry.Delivery).ToList();
            _pending.RemoveAll(entry => entry.DueAt <= now);
        }

        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelDeliveries, CancellationToken = cancellationToken },
            async (delivery, token) => await service.DeliverAsync(delivery, token).ConfigureAwait(false)).ConfigureAwait(false);
        return due.Count;
    }
}
