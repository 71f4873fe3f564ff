using Azure.Data.Tables;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Delivery;

/// <summary>Sends recorded events again on request: one event, or every wanted event of a time range.</summary>
public sealed class WebhookReplay(WebhookTables tables, WebhookFanOut fanOut, IDeliveryScheduler scheduler, TimeProvider clock)
{
    /// <summary>The longest range one replay may cover, in days.</summary>
    public const int MaxReplayDays = 31;

    /// <summary>Schedules the event for the subscription; false when the event is not in the outbox.</summary>
    public async Task<bool> RedeliverAsync(SubscriptionRow subscription, string eventId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {eventId}");
        var rows = tables.Outbox.QueryAsync<TierChangeRow>(filter, cancellationToken: cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            await ScheduleAsync(subscription, [row.ToEvent()], cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <summary>Schedules every event of [from, to) that the subscription wants; returns how many.</summary>
    public async Task<int> ReplayAsync(
        SubscriptionRow subscription,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<TierChangeEvent>();
        for (var day = from.UtcDateTime.Date; day < to.UtcDateTime; day = day.AddDays(1))
        {
            var partition = TierChangeRow.PartitionOf(new DateTimeOffset(day));
            var rows = tables.Outbox.QueryAsync<TierChangeRow>(
                TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken);
            await foreach (var row in rows.ConfigureAwait(false))
            {
                var change = row.ToEvent();
                if (change.OccurredAt >= from && change.OccurredAt < to && fanOut.Wants(subscription, change))
                {
                    events.Add(change);
                }
            }
        }

        await ScheduleAsync(subscription, events, cancellationToken).ConfigureAwait(false);
        return events.Count;
    }

    private Task ScheduleAsync(SubscriptionRow subscription, List<TierChangeEvent> events, CancellationToken cancellationToken) =>
        events.Count == 0
            ? Task.CompletedTask
            : scheduler.ScheduleAsync(
                events.Select(change => new WebhookDelivery(subscription.RowKey, change, 1)).ToList(),
                clock.GetUtcNow(),
                cancellationToken);
}
