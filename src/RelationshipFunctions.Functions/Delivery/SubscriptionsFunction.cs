using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Functions.Http;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Functions.Delivery;

/// <summary>
/// <c>/api/subscriptions</c>: create and list; <c>/{id}</c>: get, change (PATCH) and delete.
/// The signing secret appears only in the answer to a create.
/// </summary>
public sealed class SubscriptionsFunction(SubscriptionService service, SubscriptionStore store)
{
    /// <summary>The largest subscription request body, in bytes.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Function("Subscriptions")]
    public async Task<IActionResult> CollectionAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "subscriptions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            var rows = await store.ListAsync(cancellationToken).ConfigureAwait(false);
            return new OkObjectResult(rows.Select(SubscriptionView.From).ToList());
        }

        return await HandleAsync<SubscriptionRequest>(request, async body =>
        {
            var row = await service.CreateAsync(body, cancellationToken).ConfigureAwait(false);
            var shown = new SecretView(SubscriptionView.From(row), row.Secret);
            return (IActionResult)new ObjectResult(shown) { StatusCode = StatusCodes.Status201Created };
        }, cancellationToken).ConfigureAwait(false);
    }

    [Function("Subscription")]
    public async Task<IActionResult> ItemAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "patch", "delete", Route = "subscriptions/{id}")]
        HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (HttpMethods.IsDelete(request.Method))
        {
            return await store.DeleteAsync(id, cancellationToken).ConfigureAwait(false) ? new NoContentResult() : Missing();
        }

        if (HttpMethods.IsGet(request.Method))
        {
            var row = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            return row is null ? Missing() : new OkObjectResult(SubscriptionView.From(row));
        }

        return await HandleAsync<SubscriptionRequest>(request, async body =>
        {
            var row = await service.UpdateAsync(id, body, cancellationToken).ConfigureAwait(false);
            return row is null ? Missing() : (IActionResult)new OkObjectResult(SubscriptionView.From(row));
        }, cancellationToken).ConfigureAwait(false);
    }

    internal static ObjectResult Missing() => ProblemResults.NotFound("There is no subscription with this id.");

    /// <summary>Reads a JSON body of type <typeparamref name="T"/> and runs the action; bad input becomes problem details.</summary>
    internal static async Task<IActionResult> HandleAsync<T>(
        HttpRequest request,
        Func<T, Task<IActionResult>> action,
        CancellationToken cancellationToken)
    {
        var (bytes, problem) = await RequestBody.TryReadAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return problem!;
        }

        T? body;
        try
        {
            body = JsonSerializer.Deserialize<T>(bytes, Json);
        }
        catch (JsonException)
        {
            return ProblemResults.BadRequest("The body is not a JSON object of the expected shape.");
        }

        if (body is null)
        {
            return ProblemResults.BadRequest("The body is empty.");
        }

        try
        {
            return await action(body).ConfigureAwait(false);
        }
        catch (SubscriptionRejectedException ex)
        {
            return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "The subscription cannot be accepted", ex.Message);
        }
    }
}
