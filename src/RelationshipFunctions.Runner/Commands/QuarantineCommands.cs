using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Ingest.Quarantine;

namespace RelationshipFunctions.Runner.Commands;

/// <summary><c>quarantine list</c> and <c>quarantine replay</c>: what the queue could not process, and a second try.</summary>
public static class QuarantineCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        var store = services.GetRequiredService<QuarantineStore>();
        var rows = await store.ListAsync(includeReplayed: false, ct);
        switch (args.Positional(1))
        {
            case "list":
                foreach (var row in rows)
                {
                    output.WriteLine($"{row.PartitionKey}/{row.RowKey}  {row.Channel}  {row.QuarantinedAt:yyyy-MM-dd HH:mm}  {row.Reason}");
                }

                output.WriteLine($"{rows.Count} quarantined message(s) not replayed yet.");
                return 0;
            case "replay":
                var ingestion = services.GetRequiredService<SignalIngestionService>();
                foreach (var row in rows.Where(row => !row.BodyTruncated))
                {
                    if (row.Channel.StartsWith("webhook:", StringComparison.Ordinal))
                    {
                        output.WriteLine($"{row.RowKey}: a {row.Channel[8..]} webhook event ({row.Reason}); fix the platform's data and send it again, or use 'rf replay'");
                        continue;
                    }

                    var format = BodyFormats.TryFromContentType(row.ContentType, out var declared) ? declared : BodyFormat.JsonArray;
                    try
                    {
                        var report = await ingestion.IngestAsync(Encoding.UTF8.GetBytes(row.Body), format, "replay", ct);
                        await store.MarkReplayedAsync(row, ct);
                        output.WriteLine($"{row.RowKey}: {report.Accepted} accepted, {report.Duplicates} duplicate, {report.Rejected} still rejected");
                    }
                    catch (BatchParseException ex)
                    {
                        output.WriteLine($"{row.RowKey}: still unreadable: {ex.Message}");
                    }
                }

                return 0;
            default:
                throw new UsageException("Use 'quarantine list' or 'quarantine replay'.");
        }
    }
}
