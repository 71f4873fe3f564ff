using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Functions.Http;
using RelationshipFunctions.Webhooks;

namespace RelationshipFunctions.Functions.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/{platform}</c>: a platform's own event webhook (sendgrid, mailgun, postmark, mailchimp,
/// mandrill, brevo, zendesk, freshdesk, intercom, helpscout, hubspot), verified on the raw bytes and turned
/// into signals by <see cref="WebhookProcessor"/>. Answers 200 with accepted / duplicate / ignored /
/// quarantined counts; 401, 400, 404, 413, 415 and 503 as RFC 7807 problem details. GET and HEAD (URL checks
/// by Mailchimp and Mandrill) get 200.
/// </summary>
public sealed class WebhookFunction(WebhookProcessor processor)
{
    [Function("Webhook")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", "get", "head", Route = "webhooks/{platform}")] HttpRequest request,
        string platform,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!processor.TryGetAdapter(platform, out _))
        {
            return ToResult(await processor.ProcessAsync(platform, Empty(request), cancellationToken).ConfigureAwait(false));
        }

        var (body, problem) = await RequestBody.TryReadAsync(request, WebhookProcessor.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            var status = problem!.StatusCode ?? StatusCodes.Status413PayloadTooLarge;
            return status == StatusCodes.Status413PayloadTooLarge
                ? ToResult(processor.Reject(platform.ToLowerInvariant(), status, "too_large",
                    "The request body is too large", $"The body is larger than {WebhookProcessor.MaxBodyBytes} bytes."))
                : problem;
        }

        var webhookRequest = new WebhookRequest(
            request.Method.ToUpperInvariant(),
            $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}",
            request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.Query.ToDictionary(item => item.Key, item => item.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.ContentType,
            body);
        return ToResult(await processor.ProcessAsync(platform, webhookRequest, cancellationToken).ConfigureAwait(false));
    }

    private static WebhookRequest Empty(HttpRequest request) =>
        new(request.Method, string.Empty, new Dictionary<string, string>(), new Dictionary<string, string>(), request.ContentType, ReadOnlyMemory<byte>.Empty);

    private static ObjectResult ToResult(WebhookResponse response) =>
        response.Result is { } result
            ? new ObjectResult(result) { StatusCode = response.Status }
            : ProblemResults.Problem(response.Status, response.ProblemTitle ?? "Error", response.ProblemDetail ?? string.Empty);
}
