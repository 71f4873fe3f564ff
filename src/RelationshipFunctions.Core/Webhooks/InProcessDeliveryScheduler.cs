namespace RelationshipFunctions.Webhooks;

/// <summary>
/// Keeps scheduled deliveries in memory and runs the due ones, all in parallel, when asked. Time comes from
/// the injected clock, so a test moves a fake clock to <see cref="NextDueAt"/> and runs the next round.
/// </summary>
public sealed class InProcessDeliveryScheduler(TimeProvider clock) : IDeliveryScheduler
{
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

    /// <summary>Runs every delivery due by now, in parallel; returns how many ran.</summary>
    public async Task<int> RunDueAsync(WebhookDeliveryService service, CancellationToken cancellationToken)
    {
        List<WebhookDelivery> due;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            due = _pending.Where(entry => entry.DueAt <= now).Select(entry => entry.Delivery).ToList();
            _pending.RemoveAll(entry => entry.DueAt <= now);
        }

        await Task.WhenAll(due.Select(delivery => service.DeliverAsync(delivery, cancellationToken))).ConfigureAwait(false);
        return due.Count;
    }
}
