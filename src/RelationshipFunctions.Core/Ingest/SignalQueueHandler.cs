using System.Text;
using RelationshipFunctions.Ingest.Quarantine;

namespace RelationshipFunctions.Ingest;

/// <summary>
/// Ingests one message of the <c>signals</c> queue. A message that can never be processed (not JSON,
/// wrong schema) is quarantined with its reason and then counts as handled, so the queue completes it;
/// storage failures propagate, so the queue retries and finally dead-letters the message.
/// </summary>
public sealed class SignalQueueHandler(SignalIngestionService ingestion, QuarantineStore quarantine, TimeProvider clock)
{
    public const string Channel = "queue";

    public async Task<QueueMessageOutcome> HandleAsync(
        string messageId,
        string body,
        string? contentType,
        CancellationToken cancellationToken)
    {
        var format = BodyFormats.TryFromContentType(contentType, out var declared) ? declared : Sniff(body);
        IReadOnlyList<ParsedItem> items;
        try
        {
            items = SignalParser.Parse(Encoding.UTF8.GetBytes(body), format, clock.GetUtcNow());
        }
        catch (BatchParseException ex)
        {
            await quarantine.AddAsync(Channel, messageId, body, contentType, ex.Message, null, cancellationToken).ConfigureAwait(false);
            return new QueueMessageOutcome(IngestReport.Empty, true, ex.Message);
        }

        var report = await ingestion.IngestAsync(items, Channel, cancellationToken).ConfigureAwait(false);
        if (report.Rejected == 0)
        {
            return new QueueMessageOutcome(report, false, null);
        }

        var reason = $"{report.Rejected} of {report.Received} items failed validation.";
        await quarantine.AddAsync(Channel, messageId, body, contentType, reason, report.Errors, cancellationToken).ConfigureAwait(false);
        return new QueueMessageOutcome(report, true, reason);
    }

    /// <summary>Without a content type: a body that starts with '[' or holds one line is JSON, otherwise NDJSON.</summary>
    private static BodyFormat Sniff(string body)
    {
        var trimmed = body.AsSpan().Trim();
        return trimmed.StartsWith("[") || !trimmed.Contains('\n') ? BodyFormat.JsonArray : BodyFormat.NdJson;
    }
}
