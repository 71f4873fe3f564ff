using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Functions.Http;
using RelationshipFunctions.Webhooks;

namespace RelationshipFunctions.Functions.Webhooks;

/// <summary>
/// Operations on one subscription under <c>/api/webhooks/subscriptions/{id}/</c>: <c>disable</c>,
/// <c>rotate-secret</c>, <c>deliveries</c> (the log and dead letters), <c>redeliver</c> and <c>replay</c>.
/// </summary>
public sealed class SubscriptionOperationsFunction(
    SubscriptionService service,
    SubscriptionStore store,
    DeliveryLogStore log,
    WebhookReplay replay)
{
    /// <summary>The most log entries one read returns.</summary>
    public const int MaxLogEntries = 200;

    [Function("SubscriptionOperation")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "webhooks/subscriptions/{id}/{operation}")] HttpRequest request,
        string id,
        string operation,
        CancellationToken cancellationToken)
    {
        switch (operation, request.Method.ToUpperInvariant())
        {
            case ("disable", "POST"):
                var disabled = await service.DisableAsync(id, "Disabled on request.", cancellationToken).ConfigureAwait(false);
                return disabled is null ? SubscriptionsFunction.Missing() : new OkObjectResult(SubscriptionView.From(disabled));
            case ("rotate-secret", "POST"):
                var rotated = await service.RotateSecretAsync(id, cancellationToken).ConfigureAwait(false);
                return rotated is null ? SubscriptionsFunction.Missing() : new OkObjectResult(new SecretView(SubscriptionView.From(rotated), rotated.Secret));
            case ("deliveries", "GET"):
                return await DeliveriesAsync(id, cancellationToken).ConfigureAwait(false);
            case ("redeliver" or "replay", "POST"):
                var subscription = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
                if (subscription is null)
                {
                    return SubscriptionsFunction.Missing();
                }

                return operation == "redeliver"
                    ? await SubscriptionsFunction.HandleAsync<RedeliverRequest>(request, body => RedeliverAsync(subscription, body, cancellationToken), cancellationToken).ConfigureAwait(false)
                    : await SubscriptionsFunction.HandleAsync<ReplayRequest>(request, body => ReplayAsync(subscription, body, cancellationToken), cancellationToken).ConfigureAwait(false);
            default:
                return ProblemResults.NotFound($"There is no {request.Method} operation '{operation}' on a subscription.");
        }
    }

    private async Task<IActionResult> DeliveriesAsync(string id, CancellationToken cancellationToken)
    {
        var subscription = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return SubscriptionsFunction.Missing();
        }

        var attempts = await log.ReadAttemptsAsync(id, MaxLogEntries, cancellationToken).ConfigureAwait(false);
        var deadLetters = await log.ReadDeadLettersAsync(id, MaxLogEntries, cancellationToken).ConfigureAwait(false);
        return new OkObjectResult(new DeliveryLogView(
            SubscriptionView.From(subscription),
            attempts.Select(a => new AttemptView(a.EventId, a.Attempt, a.AttemptedAt, a.StatusCode, a.LatencyMs, a.Outcome, a.Error, a.NextAttemptAt)).ToList(),
            deadLetters.Select(d => new DeadLetterView(d.RowKey, d.Attempts, d.LastStatusCode, d.Reason, d.DeadLetteredAt)).ToList()));
    }

    private async Task<IActionResult> RedeliverAsync(SubscriptionRow subscription, RedeliverRequest body, CancellationToken cancellationToken)
    {
        if (!subscription.Enabled)
        {
            return ProblemResults.Problem(StatusCodes.Status409Conflict, "The subscription is disabled", "Enable it before asking for deliveries.");
        }

        return await replay.RedeliverAsync(subscription, body.EventId, cancellationToken).ConfigureAwait(false)
            ? new AcceptedResult()
            : ProblemResults.NotFound("There is no recorded event with this id.");
    }

    private async Task<IActionResult> ReplayAsync(SubscriptionRow subscription, ReplayRequest body, CancellationToken cancellationToken)
    {
        if (!subscription.Enabled)
        {
            return ProblemResults.Problem(StatusCodes.Status409Conflict, "The subscription is disabled", "Enable it before asking for deliveries.");
        }

        if (body.To <= body.From || body.To - body.From > TimeSpan.FromDays(WebhookReplay.MaxReplayDays))
        {
            return ProblemResults.BadRequest($"'to' must be after 'from', at most {WebhookReplay.MaxReplayDays} days later.");
        }

        var count = await replay.ReplayAsync(subscription, body.From, body.To, cancellationToken).ConfigureAwait(false);
        return new AcceptedResult((string?)null, new { scheduled = count });
    }
}

public sealed record RedeliverRequest(string EventId);

public sealed record ReplayRequest(DateTimeOffset From, DateTimeOffset To);

public sealed record DeliveryLogView(SubscriptionView Subscription, IReadOnlyList<AttemptView> Attempts, IReadOnlyList<DeadLetterView> DeadLetters);

public sealed record AttemptView(
    string EventId, int Attempt, DateTimeOffset AttemptedAt, int? StatusCode, long LatencyMs, string Outcome, string? Error, DateTimeOffset? NextAttemptAt);

public sealed record DeadLetterView(string EventId, int Attempts, int? LastStatusCode, string Reason, DateTimeOffset DeadLetteredAt);
