using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Functions.Http;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Functions.Delivery;

/// <summary>
/// Operations on one subscription under <c>/api/subscriptions/{id}/</c>: <c>disable</c>,
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
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "subscriptions/{id}/{operation}")]
        HttpRequest request,
        string id,
        string operation,
        CancellationToken cancellationToken)
    {
        var subscription = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return SubscriptionsFunction.Missing();
        }

        return (operation, request.Method.ToUpperInvariant()) switch
        {
            ("disable", "POST") => Show(await service.DisableAsync(id, "Disabled on request.", cancellationToken).ConfigureAwait(false)),
            ("rotate-secret", "POST") => ShowSecret(await service.RotateSecretAsync(id, cancellationToken).ConfigureAwait(false)),
            ("deliveries", "GET") => await DeliveriesAsync(subscription, cancellationToken).ConfigureAwait(false),
            ("redeliver", "POST") => await SubscriptionsFunction.HandleAsync<RedeliverRequest>(
                request, body => RedeliverAsync(subscription, body, cancellationToken), cancellationToken).ConfigureAwait(false),
            ("replay", "POST") => await SubscriptionsFunction.HandleAsync<ReplayRequest>(
                request, body => ReplayAsync(subscription, body, cancellationToken), cancellationToken).ConfigureAwait(false),
            _ => ProblemResults.NotFound($"There is no {request.Method} operation '{operation}' on a subscription."),
        };
    }

    private static IActionResult Show(SubscriptionRow? row) =>
        row is null ? SubscriptionsFunction.Missing() : new OkObjectResult(SubscriptionView.From(row));

    private static IActionResult ShowSecret(SubscriptionRow? row) =>
        row is null ? SubscriptionsFunction.Missing() : new OkObjectResult(new SecretView(SubscriptionView.From(row), row.Secret));

    private async Task<IActionResult> DeliveriesAsync(SubscriptionRow subscription, CancellationToken cancellationToken)
    {
        var attempts = await log.ReadAttemptsAsync(subscription.RowKey, MaxLogEntries, cancellationToken).ConfigureAwait(false);
        var deadLetters = await log.ReadDeadLettersAsync(subscription.RowKey, MaxLogEntries, cancellationToken).ConfigureAwait(false);
        return new OkObjectResult(new DeliveryLogView(
            SubscriptionView.From(subscription),
            attempts.Select(AttemptView.From).ToList(),
            deadLetters.Select(DeadLetterView.From).ToList()));
    }

    private async Task<IActionResult> RedeliverAsync(SubscriptionRow subscription, RedeliverRequest body, CancellationToken cancellationToken)
    {
        if (!subscription.Enabled)
        {
            return Disabled();
        }

        return await replay.RedeliverAsync(subscription, body.EventId, cancellationToken).ConfigureAwait(false)
            ? new AcceptedResult()
            : ProblemResults.NotFound("There is no recorded event with this id.");
    }

    private async Task<IActionResult> ReplayAsync(SubscriptionRow subscription, ReplayRequest body, CancellationToken cancellationToken)
    {
        if (!subscription.Enabled)
        {
            return Disabled();
        }

        if (body.To <= body.From || body.To - body.From > TimeSpan.FromDays(WebhookReplay.MaxReplayDays))
        {
            return ProblemResults.BadRequest($"'to' must be after 'from', at most {WebhookReplay.MaxReplayDays} days later.");
        }

        var count = await replay.ReplayAsync(subscription, body.From, body.To, cancellationToken).ConfigureAwait(false);
        return new AcceptedResult((string?)null, new ReplayView(count));
    }

    private static ObjectResult Disabled() => ProblemResults.Problem(
        StatusCodes.Status409Conflict, "The subscription is disabled", "Enable it before asking for deliveries.");
}
