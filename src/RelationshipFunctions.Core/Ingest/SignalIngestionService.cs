using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RelationshipFunctions.Observability;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Ingest;

/// <summary>
/// The one way signals enter the product, whatever the channel (HTTP, queue, import, platform webhook):
/// validated items are stored once per (customer, source, source event id); everything else is reported.
/// </summary>
public sealed class SignalIngestionService(SignalStore store, TimeProvider clock, ILogger<SignalIngestionService> logger)
{
    /// <summary>Parses and ingests a raw body.</summary>
    /// <exception cref="BatchParseException">The body cannot be framed as a batch at all.</exception>
    public Task<IngestReport> IngestAsync(
        ReadOnlyMemory<byte> body,
        BodyFormat format,
        string channel,
        CancellationToken cancellationToken)
    {
        var items = SignalParser.Parse(body, format, clock.GetUtcNow());
        return IngestAsync(items, channel, cancellationToken);
    }

    /// <summary>Stores the valid items of an already parsed batch and accounts for every item.</summary>
    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<ParsedItem> items,
        string channel,
        CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return IngestReport.Empty;
        }

        var started = Stopwatch.GetTimestamp();
        var ingestedAt = clock.GetUtcNow();
        var errors = items.SelectMany(item => item.Errors).ToList();
        var duplicateIndexes = new List<int>();
        var rowsByKey = new Dictionary<(string, string), (SignalRow Row, int Index)>();
        foreach (var item in items.Where(item => item.IsValid))
        {
            var row = SignalRow.From(item.Signal!, ingestedAt);
            if (!rowsByKey.TryAdd((row.PartitionKey, row.RowKey), (row, item.Index)))
            {
                duplicateIndexes.Add(item.Index);
            }
        }

        var stored = await store
            .InsertNewAsync(rowsByKey.Values.Select(entry => entry.Row).ToList(), cancellationToken)
            .ConfigureAwait(false);
        duplicateIndexes.AddRange(stored.Select(key => rowsByKey[key].Index));
        duplicateIndexes.Sort();

        var rejected = items.Count(item => !item.IsValid);
        var report = new IngestReport(
            items.Count,
            items.Count - rejected - duplicateIndexes.Count,
            duplicateIndexes.Count,
            rejected,
            errors,
            duplicateIndexes);

        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.BatchIngested(channel, report.Accepted, report.Duplicates, report.Rejected, elapsedMs);
        ProductMetrics.RecordIngest(channel, report.Accepted, report.Duplicates, report.Rejected);
        if (rejected > 0)
        {
            logger.ItemsRejected(channel, rejected, items.Count);
        }

        return report;
    }
}
