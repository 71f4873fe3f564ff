using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Import;

/// <summary>
/// Imports a purchase history through the same ingestion service as the HTTP API, in chunks of
/// <see cref="SignalLimits.MaxItemsPerBatch"/> lines, so validation and idempotency are exactly the API's.
/// </summary>
public sealed class PurchaseImporter(SignalIngestionService ingestion)
{
    private const int MaxErrorsKept = 20;

    public async Task<ImportSummary> ImportAsync(
        IAsyncEnumerable<ImportLine> lines,
        string source,
        IProgress<ImportSummary>? progress,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var totals = new ImportSummary(0, 0, 0, 0, [], 0);
        var errors = new List<string>();
        var chunk = new List<ImportLine>(SignalLimits.MaxItemsPerBatch);
        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chunk.Add(line);
            if (chunk.Count == SignalLimits.MaxItemsPerBatch)
            {
                totals = await FlushAsync(chunk, source, totals, errors, started, cancellationToken).ConfigureAwait(false);
                progress?.Report(totals);
            }
        }

        if (chunk.Count > 0)
        {
            totals = await FlushAsync(chunk, source, totals, errors, started, cancellationToken).ConfigureAwait(false);
            progress?.Report(totals);
        }

        return totals with { ElapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds };
    }

    private async Task<ImportSummary> FlushAsync(
        List<ImportLine> chunk,
        string source,
        ImportSummary totals,
        List<string> errors,
        long started,
        CancellationToken cancellationToken)
    {
        var readable = chunk.Where(line => line.Record is not null).ToList();
        foreach (var line in chunk.Where(line => line.Error is not null))
        {
            Keep(errors, $"line {line.Line}: {line.Error}");
        }

        var report = await ingestion
            .IngestAsync(ToNdJson(readable, source), BodyFormat.NdJson, "import", cancellationToken)
            .ConfigureAwait(false);
        foreach (var error in report.Errors)
        {
            Keep(errors, $"line {readable[error.Index].Line}: {error.Field}: {error.Message}");
        }

        var unreadable = chunk.Count - readable.Count;
        chunk.Clear();
        return new ImportSummary(
            totals.Lines + readable.Count + unreadable,
            totals.Accepted + report.Accepted,
            totals.Duplicates + report.Duplicates,
            totals.Rejected + report.Rejected + unreadable,
            [.. errors],
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static ReadOnlyMemory<byte> ToNdJson(List<ImportLine> lines, string source)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1, lines.Count) * 200);
        foreach (var line in lines)
        {
            var record = line.Record!;
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("customerId", record.CustomerId);
                writer.WriteString("type", SignalTypes.Purchase);
                writer.WriteString("occurredAt", record.OccurredAt.ToUniversalTime());
                writer.WriteString("source", source);
                writer.WriteString("sourceEventId", record.EventId);
                writer.WriteNumber("value", record.Amount);
                if (record.Attributes.Count > 0)
                {
                    writer.WriteStartObject("attributes");
                    foreach (var (key, value) in record.Attributes)
                    {
                        writer.WriteString(key, value);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            buffer.Write("\n"u8);
        }

        return buffer.WrittenMemory;
    }

    private static void Keep(List<string> errors, string error)
    {
        if (errors.Count < MaxErrorsKept)
        {
            errors.Add(error);
        }
    }
}
