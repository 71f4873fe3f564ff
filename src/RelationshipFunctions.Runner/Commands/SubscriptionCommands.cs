using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Runner.Commands;

/// <summary>
/// <c>subscriptions subscribe URL | list | log ID</c>, and the in-process delivery that follows a rescore.
/// The runner keeps no queue between runs: retries still pending when it exits are reported, not kept.
/// </summary>
public static class SubscriptionCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        switch (args.Positional(1))
        {
            case "subscribe":
                var url = new Uri(args.Required(2, "the target URL"));
                var row = await services.GetRequiredService<SubscriptionService>()
                    .CreateAsync(new SubscriptionRequest(url, [WebhookEventTypes.TierChanged]), ct);
                output.WriteLine($"Subscription {row.RowKey} to {row.Url}; signing secret (shown once): {row.Secret}");
                return 0;
            case "list":
                foreach (var subscription in await services.GetRequiredService<SubscriptionStore>().ListAsync(ct))
                {
                    var state = subscription.Enabled ? "enabled" : "disabled: " + subscription.DisabledReason;
                    output.WriteLine($"{subscription.RowKey}  {subscription.Url}  {subscription.EventTypes}  {state}");
                }

                return 0;
            case "log":
                var id = args.Required(2, "the subscription id");
                foreach (var a in await services.GetRequiredService<DeliveryLogStore>().ReadAttemptsAsync(id, 50, ct))
                {
                    var status = a.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "-";
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{a.AttemptedAt:u}  {a.EventId}  #{a.Attempt}  {status}  {a.LatencyMs} ms  {a.Outcome}  {a.Error}"));
                }

                return 0;
            default:
                throw new UsageException("subscriptions needs subscribe URL, list or log ID.");
        }
    }

    /// <summary>Makes the first attempt of every delivery due now and says how many retries are left pending.</summary>
    public static async Task DeliverDueAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var scheduler = services.GetRequiredService<InProcessDeliveryScheduler>();
        var ran = await scheduler.RunDueAsync(services.GetRequiredService<WebhookDeliveryService>(), ct);
        if (ran > 0)
        {
            var pending = scheduler.NextDueAt is null ? "none pending" : "retries pending, which this process does not keep";
            output.WriteLine($"Webhook deliveries attempted: {ran} ({pending}); see 'rf subscriptions log ID'.");
        }
    }
}
