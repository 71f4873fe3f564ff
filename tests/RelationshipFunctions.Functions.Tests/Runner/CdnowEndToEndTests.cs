using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Runner;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Runner;

/// <summary>The main job on the real CDNOW log, through the console runner, against Azurite.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class CdnowEndToEndTests(AzuriteFixture azurite)
{
    [CdnowFact(CdnowData.Master)]
    public async Task Demo_FullCdnowLogImportedTwice_ScoresEveryCustomerOnceAndChangesNothing()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = AzuriteFixture.NewPrefix(),
        };
        var output = new StringWriter();

        var demo = await RunnerApp.RunAsync(["demo", "--cdnow", MasterPath], output, settings);
        var firstScores = await ScoresAsync(settings);
        var again = await RunnerApp.RunAsync(["import-cdnow", MasterPath], output, settings);
        var rescore = await RunnerApp.RunAsync(["rescore", "--as-of", "1998-06-30"], output, settings);
        var secondScores = await ScoresAsync(settings);

        Assert.Equal((0, 0, 0), (demo, again, rescore));
        var text = output.ToString();
        Assert.Contains("69,659 new, 0 duplicate, 0 rejected", text);
        Assert.Contains("0 new, 69,659 duplicate, 0 rejected", text);
        Assert.Contains("Rescored 23,570 customers from 69,659 signals as of 1998-06-30", text);
        Assert.Equal(23_570, firstScores.Count);
        Assert.Equal(firstScores, secondScores);
        await using var services = RunnerHost.Build(settings);
        Assert.Equal(69_659, await services.GetRequiredService<SignalStore>().CountAsync(CancellationToken.None));
        var latest = await services.GetRequiredService<SnapshotReader>().GetLatestAsync(CancellationToken.None);
        var manifest = await services.GetRequiredService<SnapshotReader>().GetManifestAsync(latest!, CancellationToken.None);
        Assert.Equal(23_570, manifest.CustomerCount);
        Assert.Equal(23_570, manifest.TierCounts.Values.Sum());
        Assert.Equal(23_570, manifest.SegmentCounts.Values.Sum());
        await AssertCsvMatchesManifestAsync(services.GetRequiredService<SnapshotReader>(), manifest);
    }

    /// <summary>Every CSV of the run parses with a strict RFC 4180 reader, and its rows agree with the manifest.</summary>
    private static async Task AssertCsvMatchesManifestAsync(SnapshotReader reader, SnapshotManifest manifest)
    {
        foreach (var file in manifest.Files.Where(f => f.Name.EndsWith(".csv", StringComparison.Ordinal)))
        {
            await using var stream = await reader.OpenAsync(manifest.Folder, file.Name, CancellationToken.None);
            using var text = new StreamReader(stream);
            var records = StrictCsv.Parse(await text.ReadToEndAsync());

            Assert.Equal(SnapshotWriter.CsvColumns, records[0]);
            Assert.Equal(file.Rows, records.Count - 1);
            var tiers = records.Skip(1).GroupBy(record => record[1]).ToDictionary(group => group.Key, group => group.Count());
            if (file.Segment is { } segment)
            {
                Assert.Equal(manifest.SegmentCounts[segment], file.Rows);
                continue;
            }

            Assert.Equal(
                file.Tier is null ? manifest.TierCounts : new Dictionary<string, int> { [file.Tier] = manifest.TierCounts[file.Tier] },
                tiers);
        }
    }

    private static string MasterPath => CdnowData.PathOf(CdnowData.Master);

    private static async Task<Dictionary<string, (double, string)>> ScoresAsync(IDictionary<string, string?> settings)
    {
        await using var services = RunnerHost.Build(settings);
        var storage = services.GetRequiredService<StorageClients>();
        var scores = new Dictionary<string, (double, string)>();
        await foreach (var row in storage.Table(storage.Layout.CustomersTable).QueryAsync<CustomerRow>(maxPerPage: 1000))
        {
            scores[row.RowKey] = (row.Score, row.Tier);
        }

        return scores;
    }
}
