using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Benchmarks;
using RelationshipFunctions.Import;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Runner;
using RelationshipFunctions.Runner.Commands;
using RelationshipFunctions.Storage;

if (args.Length > 0 && args[0] == "scoring")
{
    // Scoring mode: `scoring [model path] [sizes...]`, default 100,000 and 1,000,000 synthetic customers.
    var model = args.Length > 1 ? args[1] : "scoring-model.json";
    var sizes = args.Length > 2 ? args[2..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [100_000, 1_000_000];
    RelationshipFunctions.Benchmarks.ScoringBenchmark.Run(model, sizes);
    return;
}

// `snapshot N [N ...]`: snapshot write time and peak memory for N synthetic customers (see SnapshotBenchmark).
if (args.Length > 0 && args[0] == "snapshot")
{
    var storage = Environment.GetEnvironmentVariable("Storage__ConnectionString") ?? "UseDevelopmentStorage=true";
    await SnapshotBenchmark.RunAsync(args[1..], storage);
    return;
}

// CDNOW import throughput: the product's ingest path (parse, validate, de-duplicate, entity-group
// batches) against a raw batched insert of the very same entities, side by side in one run, each
// into its own fresh tables in the same Azurite. Reported as lines/s and as a ratio.
// `deliveries [events] [subscriptions] [rounds]` measures outbound signed deliveries (DeliveryBenchmark);
// `webhooks [batches]` measures inbound platform webhook batches against /api/signals (WebhookBenchmark).
if (args is ["deliveries", ..])
{
    var number = (int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
    await DeliveryBenchmark.RunAsync(number(1, 200), number(2, 10), number(3, 3),
        Environment.GetEnvironmentVariable("Storage__ConnectionString") ?? "UseDevelopmentStorage=true");
    return;
}

if (args.Length > 0 && args[0] == "webhooks")
{
    await WebhookBenchmark.RunAsync(args[1..]);
    return;
}

var path = args.Length > 0 ? args[0] : ImportCommands.DefaultCdnowPath();
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var connection = Environment.GetEnvironmentVariable("Storage__ConnectionString") ?? "UseDevelopmentStorage=true";
var lines = new List<ImportLine>();
using (var reader = new StreamReader(path))
{
    await foreach (var line in CdnowReader.ReadAsync(reader, CancellationToken.None))
    {
        lines.Add(line);
    }
}

Console.WriteLine($"CDNOW lines: {lines.Count:N0}; rounds: {rounds}; storage: Azurite ({connection.Split(';')[0]})");
Console.WriteLine("round  ours lines/s  raw lines/s  ours/raw");
var ratios = new List<double>();
for (var round = 1; round <= rounds; round++)
{
    var ours = await OursAsync(lines, connection);
    var raw = await RawAsync(lines, connection);
    ratios.Add(ours / raw);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round,5}  {ours,12:N0}  {raw,11:N0}  {ours / raw,8:0.00}"));
}

ratios.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median ours/raw: {ratios[ratios.Count / 2]:0.00}"));

static async Task<double> OursAsync(List<ImportLine> lines, string connection)
{
    await using var services = RunnerHost.Build(new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = connection,
        ["Storage:Prefix"] = "bo" + Guid.NewGuid().ToString("N")[..8],
    });
    await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(CancellationToken.None);
    var started = Stopwatch.GetTimestamp();
    var summary = await services.GetRequiredService<PurchaseImporter>()
        .ImportAsync(lines.ToAsyncEnumerable(), "cdnow", null, CancellationToken.None);
    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    return summary.Accepted == lines.Count ? lines.Count / seconds : throw new InvalidOperationException("Import lost lines.");
}

static async Task<double> RawAsync(List<ImportLine> lines, string connection)
{
    var table = new TableServiceClient(connection).GetTableClient("br" + Guid.NewGuid().ToString("N")[..8] + "signals");
    await table.CreateIfNotExistsAsync();
    var now = DateTimeOffset.UnixEpoch;
    var rows = lines.Select(line => SignalRow.From(new Signal(
        line.Record!.CustomerId, SignalTypes.Purchase, line.Record.OccurredAt, "cdnow", line.Record.EventId, line.Record.Amount,
        line.Record.Attributes), now)).ToList();
    var started = Stopwatch.GetTimestamp();
    await Parallel.ForEachAsync(EntityBatches.Chunk(rows), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (chunk, ct) =>
        await table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)), ct));
    return lines.Count / Stopwatch.GetElapsedTime(started).TotalSeconds;
}
