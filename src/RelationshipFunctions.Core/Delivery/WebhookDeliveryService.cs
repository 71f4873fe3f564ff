using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Observability;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// Makes one delivery attempt and decides what follows: 2xx ends it; 410 disables the subscription; any other
/// failure schedules the next attempt by <see cref="RetrySchedule"/>, or dead-letters it when none is left.
/// A subscription that has failed without a success for <see cref="WebhookOptions.DisableAfterFailingHours"/>
/// is disabled. Every attempt is written to the subscription's delivery log.
/// </summary>
public sealed class WebhookDeliveryService(
    SubscriptionStore subscriptions,
    DeliveryLogStore log,
    WebhookSender sender,
    RetrySchedule retries,
    IDeliveryScheduler scheduler,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDeliveryService> logger)
{
    public async Task DeliverAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var (subscriptionId, change, attempt) = (delivery.SubscriptionId, delivery.Event, delivery.Attempt);
        var subscription = await subscriptions.GetAsync(subscriptionId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var entry = new DeliveryAttemptRow { EventId = change.Id, Attempt = attempt, AttemptedAt = now };
        if (subscription is not { Enabled: true })
        {
            entry.Outcome = "skipped";
            entry.Error = subscription is null ? "The subscription was deleted." : "The subscription is disabled.";
            await log.AppendAsync(subscriptionId, entry, cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await sender.SendAsync(
            new Uri(subscription.Url), change.Id, now, WebhookPayload.Serialize(change), subscription.Secret, cancellationToken)
            .ConfigureAwait(false);
        (entry.StatusCode, entry.LatencyMs, entry.Error) = (outcome.StatusCode, outcome.LatencyMs, outcome.Error);
        if (outcome.Succeeded)
        {
            entry.Outcome = "delivered";
            logger.Delivered(change.Id, subscriptionId, attempt, outcome.LatencyMs);
            ProductMetrics.Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", "delivered"));
            if (subscription.FailingSince is not null)
            {
                subscription.FailingSince = null;
                await subscriptions.SaveAsync(subscription, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (outcome.Gone)
        {
            entry.Outcome = "gone";
            await DisableAsync(subscription, "The endpoint answered 410 Gone.", now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await FailAsync(delivery, subscription, outcome, entry, now, cancellationToken).ConfigureAwait(false);
        }

        await log.AppendAsync(subscriptionId, entry, cancellationToken).ConfigureAwait(false);
    }

    private async Task FailAsync(
        WebhookDelivery delivery,
        SubscriptionRow subscription,
        AttemptOutcome outcome,
        DeliveryAttemptRow entry,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var failingFor = now - (subscription.FailingSince ?? now);
        if (failingFor >= TimeSpan.FromHours(options.Value.DisableAfterFailingHours))
        {
            await DisableAsync(subscription, $"Every delivery failed for {failingFor.TotalHours:0} hours.", now, cancellationToken)
                .ConfigureAwait(false);
        }
        else if (subscription.FailingSince is null)
        {
            subscription.FailingSince = now;
            await subscriptions.SaveAsync(subscription, cancellationToken).ConfigureAwait(false);
        }

        if (subscription.Enabled && retries.DelayAfter(delivery.Attempt) is { } delay)
        {
            entry.Outcome = "retrying";
            entry.NextAttemptAt = now + delay;
            ProductMetrics.Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", "retrying"));
        logger.Retrying(delivery.Attempt, delivery.Event.Id, subscription.RowKey, outcome.Describe(), (long)delay.TotalSeconds);
            await scheduler.ScheduleAsync([delivery with { Attempt = delivery.Attempt + 1 }], now + delay, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        entry.Outcome = "dead_lettered";
        var reason = subscription.Enabled
            ? $"Gave up after {delivery.Attempt} attempts; the last failed with {outcome.Describe()}."
            : $"The subscription was disabled; the last attempt failed with {outcome.Describe()}.";
        ProductMetrics.Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", "dead_lettered"));
        logger.DeadLettered(delivery.Event.Id, subscription.RowKey, delivery.Attempt, outcome.Describe());
        var row = new DeadLetterRow
        {
            Attempts = delivery.Attempt,
            LastStatusCode = outcome.StatusCode,
            Reason = reason,
            DeadLetteredAt = now,
        };
        await log.DeadLetterAsync(subscription.RowKey, delivery.Event.Id, row, cancellationToken).ConfigureAwait(false);
    }

    private async Task DisableAsync(SubscriptionRow subscription, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        (subscription.Enabled, subscription.DisabledReason, subscription.DisabledAt) = (false, reason, now);
        await subscriptions.SaveAsync(subscription, cancellationToken).ConfigureAwait(false);
        logger.Disabled(subscription.RowKey, reason);
    }
}
