using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Runner.Commands;

/// <summary><c>rescore</c>, <c>show</c> and <c>demo</c> (the main job end to end).</summary>
public static class ScoringCommands
{
    public static readonly DateTimeOffset CdnowAsOf = new(1998, 6, 30, 23, 59, 59, TimeSpan.Zero);

    public static async Task<RescoreResult> RescoreAsync(IServiceProvider services, DateTimeOffset asOf, TextWriter output, CancellationToken ct)
    {
        var result = await services.GetRequiredService<RescoringService>().RescoreAsync(asOf, ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rescored {result.Customers:N0} customers from {result.Signals:N0} signals as of {result.AsOf:yyyy-MM-dd} with model {result.ModelVersion} in {result.ElapsedMs / 1000.0:0.0} s; {result.TierChanges:N0} tier changes"));
        PrintTiers(output, result, services.GetRequiredService<ScoringModelProvider>().Current);
        output.WriteLine();
        output.WriteLine("Top customers:");
        output.WriteLine("  customer      score  tier      confidence");
        foreach (var top in result.Top)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {top.CustomerId,-12} {top.Score,6:0.0}  {top.Tier,-9} {top.Confidence,6:0.00}"));
        }

        output.WriteLine();
        output.WriteLine($"Snapshot: container '{services.GetRequiredService<StorageClients>().Layout.SnapshotsContainer}', folder {result.SnapshotFolder} (latest.json points to it)");
        return result;
    }

    public static async Task<int> ShowAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        var customerId = args.Required(1, "the customer id");
        var store = services.GetRequiredService<CustomerStore>();
        var row = await store.GetAsync(customerId, ct);
        if (row is null)
        {
            output.WriteLine("No score for that customer yet (run rescore first, or check the id).");
            return 4;
        }

        var explanation = CustomerExplanation.From(row, await store.GetHistoryAsync(customerId, ct));
        ShowPrinter.Print(explanation, output);
        return 0;
    }

    public static async Task<int> DemoAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        var path = args.Option("cdnow") ?? ImportCommands.DefaultCdnowPath();
        output.WriteLine($"Importing the CDNOW purchase log from {Path.GetFullPath(path)}");
        await ImportCommands.ImportCdnowAsync(services, path, output, ct);
        output.WriteLine();
        await RescoreAsync(services, args.AsOf() ?? CdnowAsOf, output, ct);
        return 0;
    }

    private static void PrintTiers(TextWriter output, RescoreResult result, ScoringModel scoringModel)
    {
        var rank = scoringModel.Tiers.Select((tier, index) => (tier.Name, index)).ToDictionary(t => t.Name, t => t.index);
        output.WriteLine();
        output.WriteLine("Tier distribution:");
        var model = result.TierCounts;
        var total = Math.Max(1, model.Values.Sum());
        foreach (var (tier, count) in model.OrderBy(entry => rank.GetValueOrDefault(entry.Key, int.MaxValue)))
        {
            var share = (double)count / total;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {tier,-10} {count,8:N0}  {share,6:P1}  {new string('#', (int)Math.Round(share * 40))}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-10} {total,8:N0}"));
    }
}
