using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Import;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Runner.Commands;

/// <summary><c>import-cdnow</c>, <c>import-csv</c>, <c>ingest</c> and <c>count</c>.</summary>
public static class ImportCommands
{
    public const string CdnowPathVariable = "RF_CDNOW_PATH";

    private const int MaxErrorsShown = 50;

    public static string DefaultCdnowPath() =>
        Environment.GetEnvironmentVariable(CdnowPathVariable) is { Length: > 0 } path
            ? path
            : Path.Combine("..", "shared", "data", "cdnow", "CDNOW_master.txt");

    public static async Task<ImportSummary> ImportCdnowAsync(IServiceProvider services, string path, TextWriter output, CancellationToken ct)
    {
        using var reader = OpenText(path);
        var summary = await services.GetRequiredService<PurchaseImporter>()
            .ImportAsync(CdnowReader.ReadAsync(reader, ct), "cdnow", new ConsoleProgress(output), ct);
        PrintSummary(output, summary);
        return summary;
    }

    public static async Task<int> ImportCsvAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        var path = args.Required(1, "the CSV file path");
        var mapping = MappingOf(args);
        var source = args.Option("source") ?? "csv-import";
        using var reader = OpenText(path);
        var summary = await services.GetRequiredService<PurchaseImporter>()
            .ImportAsync(GenericCsvReader.ReadAsync(reader, mapping, ct), source, new ConsoleProgress(output), ct);
        PrintSummary(output, summary);
        return summary.Rejected == 0 ? 0 : 3;
    }

    /// <summary>The column mapping of --map, --date-format and --delimiter.</summary>
    public static CsvMapping MappingOf(Arguments args) => CsvMapping.Parse(
        args.Option("map") ?? throw new UsageException("a CSV needs --map customer=<col>,date=<col>,amount=<col>[,id=<col>][,category=<col>]."),
        args.Option("date-format"),
        args.Option("delimiter") is { Length: 1 } d ? d[0] : ',');

    /// <summary>
    /// Ingests an NDJSON file of any length in batches within the API's limits; errors are reported by
    /// physical line number.
    /// </summary>
    public static async Task<int> IngestAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        var path = args.Required(1, "the NDJSON file path");
        using var reader = OpenText(path);
        var ingestion = services.GetRequiredService<SignalIngestionService>();
        var (received, accepted, duplicates, rejected, shown) = (0, 0, 0, 0, 0);
        var batch = new StringBuilder();
        var lineNumbers = new List<int>();
        var lineNumber = 0;

        async Task FlushAsync()
        {
            if (lineNumbers.Count == 0)
            {
                return;
            }

            var report = await ingestion.IngestAsync(Encoding.UTF8.GetBytes(batch.ToString()), BodyFormat.NdJson, "runner", ct);
            (received, accepted, duplicates, rejected) =
                (received + report.Received, accepted + report.Accepted, duplicates + report.Duplicates, rejected + report.Rejected);
            foreach (var error in report.Errors.Where(_ => shown++ < MaxErrorsShown))
            {
                output.WriteLine($"  line {lineNumbers[error.Index]}: {error.Field}: {error.Message}");
            }

            batch.Clear();
            lineNumbers.Clear();
        }

        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (lineNumbers.Count == SignalLimits.MaxItemsPerBatch || batch.Length + line.Length >= SignalLimits.MaxBodyBytes / 4)
            {
                await FlushAsync();
            }

            batch.Append(line).Append('\n');
            lineNumbers.Add(lineNumber);
        }

        await FlushAsync();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{received:N0} items: {accepted:N0} accepted, {duplicates:N0} duplicate, {rejected:N0} rejected"));
        if (shown > MaxErrorsShown)
        {
            output.WriteLine($"  ({shown - MaxErrorsShown:N0} more errors not shown)");
        }

        return rejected == 0 ? 0 : 3;
    }

    public static async Task<int> CountAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var count = await services.GetRequiredService<SignalStore>().CountAsync(ct);
        output.WriteLine(count.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    private static StreamReader OpenText(string path) =>
        File.Exists(path) ? new StreamReader(path) : throw new UsageException($"File not found: {Path.GetFullPath(path)}");

    private static void PrintSummary(TextWriter output, ImportSummary summary)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {summary.Lines:N0} lines: {summary.Accepted:N0} new, {summary.Duplicates:N0} duplicate, {summary.Rejected:N0} rejected in {summary.ElapsedMs / 1000.0:0.0} s ({summary.LinesPerSecond:N0} lines/s)"));
        foreach (var error in summary.Errors)
        {
            output.WriteLine("  " + error);
        }
    }

    private sealed class ConsoleProgress(TextWriter output) : IProgress<ImportSummary>
    {
        public void Report(ImportSummary value) => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  … {value.Lines:N0} lines ({value.Accepted:N0} new, {value.Duplicates:N0} duplicate, {value.Rejected:N0} rejected), {value.LinesPerSecond:N0} lines/s"));
    }
}
