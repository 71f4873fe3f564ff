using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Functions.Http;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Functions.Ingest;

/// <summary>
/// <c>POST /api/signals</c>: a JSON array (or NDJSON) of signals of schema version 1. Answers 202 with
/// the accepted / duplicate / rejected counts and per-item errors; a body that cannot be read at all
/// gets RFC 7807 problem details (400, 413 or 415) and nothing is stored.
/// </summary>
public sealed class SignalsFunction(SignalIngestionService ingestion)
{
    public const string Channel = "http";

    [Function("Signals")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "signals")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!BodyFormats.TryFromContentType(request.ContentType, out var format))
        {
            return ProblemResults.UnsupportedMediaType(
                "Send application/json (an array of signals) or application/x-ndjson (one signal per line).");
        }

        var (body, problem) = await RequestBody.TryReadAsync(request, SignalLimits.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        try
        {
            var report = await ingestion.IngestAsync(body, format, Channel, cancellationToken).ConfigureAwait(false);
            return new ObjectResult(report) { StatusCode = StatusCodes.Status202Accepted };
        }
        catch (BatchParseException ex) when (ex.Failure == BatchParseFailure.TooLarge)
        {
            return ProblemResults.TooLarge(ex.Message);
        }
        catch (BatchParseException ex)
        {
            return ProblemResults.BadRequest(ex.Message);
        }
    }
}
