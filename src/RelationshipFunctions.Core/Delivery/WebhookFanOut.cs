using Microsoft.Extensions.Logging;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// Publishes tier changes as deliveries: one per (event, enabled subscription that wants it), all due now,
/// so that each subscription's deliveries travel and fail on their own.
/// </summary>
public sealed class WebhookFanOut(
    SubscriptionStore subscriptions,
    IDeliveryScheduler scheduler,
    ScoringModelProvider models,
    TimeProvider clock,
    ILogger<WebhookFanOut> logger) : ITierChangePublisher
{
    public async Task PublishAsync(IReadOnlyList<TierChangeEvent> events, CancellationToken cancellationToken)
    {
        var targets = (await subscriptions.ListAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.Enabled).ToList();
        var deliveries = events
            .SelectMany(change => targets
                .Where(target => Wants(target, change))
                .Select(target => new WebhookDelivery(target.RowKey, change, 1)))
            .ToList();
        if (deliveries.Count > 0)
        {
            await scheduler.ScheduleAsync(deliveries, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        logger.Scheduled(deliveries.Count, events.Count);
    }

    /// <summary>Whether the subscription asked for this event's type and its filter lets the event through.</summary>
    public bool Wants(SubscriptionRow subscription, TierChangeEvent change) =>
        subscription.EventTypeList.Contains(change.Type, StringComparer.Ordinal)
        && (subscription.FilterValue?.Matches(change, models.Current.Tiers.Select(tier => tier.Name).ToList()) ?? true);
}
