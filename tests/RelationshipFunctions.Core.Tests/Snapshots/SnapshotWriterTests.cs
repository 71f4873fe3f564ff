using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Azure.Storage.Blobs.Models;
using Parquet;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Snapshots;

[Collection(AzuriteGroup.Name)]
public sealed class SnapshotWriterTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WriteAsync_ReaderPollsDuringRun_NeverSeesAManifestWhoseFilesAreMissingOrDiffer()
    {
        await using var services = TestServices.Create(azurite);
        var writer = services.GetRequiredService<SnapshotWriter>();
        await writer.WriteAsync("r1", AsOf, "m1", SnapshotRows.Population(50), CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var poller = PollAsync(services.GetRequiredService<SnapshotReader>(), stop.Token);

        await writer.WriteAsync("r2", AsOf, "m1", SnapshotRows.Slowly(SnapshotRows.Population(60), TimeSpan.FromMilliseconds(15)), CancellationToken.None);
        await Task.Delay(200);
        await stop.CancelAsync();
        var seen = await poller;

        Assert.Contains("r1", seen);
        Assert.Equal("r2", seen[^1]);
        Assert.True(seen.Count > 5, $"the reader polled only {seen.Count} times during the run");
        var blobs = await BlobTimesAsync(services.GetRequiredService<StorageClients>(), "2026-11-30/r2/");
        var manifestTime = blobs[SnapshotWriter.ManifestName];
        Assert.All(blobs.Where(b => b.Key != SnapshotWriter.ManifestName), blob => Assert.True(blob.Value <= manifestTime, blob.Key));
    }

    [Fact]
    public async Task WriteAsync_RowsFailPartWay_LatestStaysOnThePreviousRunAndNoManifestIsWritten()
    {
        await using var services = TestServices.Create(azurite);
        var writer = services.GetRequiredService<SnapshotWriter>();
        await writer.WriteAsync("r1", AsOf, "m1", SnapshotRows.Population(10), CancellationToken.None);

        var failed = writer.WriteAsync("r2", AsOf, "m1", SnapshotRows.Slowly(SnapshotRows.Population(10), TimeSpan.Zero, failAfter: 5), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        var latest = await services.GetRequiredService<SnapshotReader>().GetLatestAsync(CancellationToken.None);
        Assert.Equal("r1", latest!.RunId);
        var runs = await services.GetRequiredService<SnapshotCatalog>().ListRunsAsync(CancellationToken.None);
        Assert.DoesNotContain(runs, run => run.RunId == "r2" && run.Complete);
    }

    [Fact]
    public async Task WriteAsync_Population_WritesEveryFormatAndGroupFileWithCountsMatchingTheManifest()
    {
        await using var services = TestServices.Create(azurite, settings: new Dictionary<string, string?> { ["Snapshots:ParquetRowGroupSize"] = "1000" });
        var rows = SnapshotRows.Population(2500, i => i % 3 == 0 ? "champions" : "at risk").ToList();

        var manifest = await services.GetRequiredService<SnapshotWriter>().WriteAsync("r1", AsOf, "m1", rows, CancellationToken.None);

        Assert.Equal(2500, manifest.CustomerCount);
        Assert.Equal(new Dictionary<string, int> { ["at risk"] = 1666, ["champions"] = 834 }, manifest.SegmentCounts);
        Assert.Equal(
            ["customers.csv", "customers.jsonl", "customers.parquet", "report.html", "segment-at-risk.csv", "segment-champions.csv",
             "tier-bronze.csv", "tier-gold.csv", "tier-platinum.csv", "tier-silver.csv"],
            manifest.Files.Select(file => file.Name).Order(StringComparer.Ordinal));
        Assert.Equal(1000, manifest.Files.Single(file => file.Tier == "bronze").Rows);
        Assert.Equal(834, manifest.Files.Single(file => file.Segment == "champions").Rows);
        var reader = services.GetRequiredService<SnapshotReader>();
        var csv = StrictCsv.Parse(await TextAsync(reader, manifest.Folder, "tier-gold.csv"));
        Assert.Equal(manifest.TierCounts["gold"] + 1, csv.Count);
        Assert.Equal(SnapshotWriter.CsvColumns, csv[0]);
        using var parquet = new MemoryStream(await BytesAsync(reader, manifest.Folder, SnapshotWriter.ParquetName));
        await using var parquetReader = await ParquetReader.CreateAsync(parquet);
        Assert.Equal(3, parquetReader.RowGroupCount);
        Assert.Equal(2500, Enumerable.Range(0, parquetReader.RowGroupCount).Sum(i => parquetReader.OpenRowGroupReader(i).RowCount));
        var firstLine = (await TextAsync(reader, manifest.Folder, SnapshotWriter.JsonLinesName)).Split('\n')[0];
        Assert.Contains("\"probabilityAlive\":null", firstLine);
        Assert.Contains("\"segment\":\"champions\"", firstLine);
    }

    [Fact]
    public async Task PruneAsync_MoreRunsThanKept_KeepsTheNewestAndTheOneLatestPointsTo()
    {
        await using var services = TestServices.Create(azurite);
        var writer = services.GetRequiredService<SnapshotWriter>();
        foreach (var run in new[] { "r1", "r2", "r3", "r4" })
        {
            await writer.WriteAsync(run, AsOf, "m1", SnapshotRows.Population(5), CancellationToken.None);
        }

        var storage = services.GetRequiredService<StorageClients>();
        await storage.Snapshots.GetBlobClient(SnapshotWriter.LatestBlobName).UploadAsync(
            BinaryData.FromObjectAsJson(new LatestPointer("r2", SnapshotWriter.FolderOf("r2", AsOf), AsOf, "m1")), overwrite: true);

        var deleted = await services.GetRequiredService<SnapshotRetention>().PruneAsync(2, CancellationToken.None);

        var runs = await services.GetRequiredService<SnapshotCatalog>().ListRunsAsync(CancellationToken.None);
        Assert.Equal(1, deleted);
        Assert.Equal(["r2", "r3", "r4"], runs.Select(run => run.RunId));
    }

    [Fact]
    public async Task WriteAsync_RetainRunsSetting_DeletesOlderRunsAfterEachRun()
    {
        await using var services = TestServices.Create(azurite, settings: new Dictionary<string, string?> { ["Snapshots:RetainRuns"] = "2" });
        var writer = services.GetRequiredService<SnapshotWriter>();

        foreach (var run in new[] { "r1", "r2", "r3", "r4", "r5" })
        {
            await writer.WriteAsync(run, AsOf, "m1", SnapshotRows.Population(5), CancellationToken.None);
        }

        var runs = await services.GetRequiredService<SnapshotCatalog>().ListRunsAsync(CancellationToken.None);
        Assert.Equal(["r4", "r5"], runs.Select(run => run.RunId));
        Assert.Equal("r5", (await services.GetRequiredService<SnapshotReader>().GetLatestAsync(CancellationToken.None))!.RunId);
    }

    [Fact]
    public async Task SinceAsync_PreviousRun_ListsExactlyTheCustomersWhoseTierOrSegmentChanged()
    {
        await using var services = TestServices.Create(azurite);
        var writer = services.GetRequiredService<SnapshotWriter>();
        var before = SnapshotRows.Population(200, i => i % 2 == 0 ? "loyal" : "new").ToList();
        await writer.WriteAsync("r1", AsOf, "m1", before, CancellationToken.None);
        var after = before.Skip(1).Select(row => row.CustomerId switch
        {
            "c-00010" => row with { Tier = "gold", Score = 61 },
            "c-00011" => row with { Segment = "loyal" },
            "c-00012" => row with { Score = row.Score + 1 },
            _ => row,
        }).Append(SnapshotRows.Row("c-99999", "bronze", 5)).ToList();
        await writer.WriteAsync("r2", AsOf.AddDays(1), "m1", after, CancellationToken.None);
        var latest = await services.GetRequiredService<SnapshotReader>().GetLatestAsync(CancellationToken.None);

        var changes = await (await services.GetRequiredService<SnapshotDelta>().SinceAsync(latest!, "r1", CancellationToken.None))!.ToListAsync();

        Assert.Equal(["c-00010", "c-00011", "c-99999"], changes.Select(change => change.CustomerId).Order(StringComparer.Ordinal));
        Assert.Equal(("bronze", "gold"), (changes[0].TierBefore, changes[0].Customer.Tier));
        Assert.Null(await services.GetRequiredService<SnapshotDelta>().SinceAsync(latest!, "r0", CancellationToken.None));
    }

    private static async Task<List<string>> PollAsync(SnapshotReader reader, CancellationToken stop)
    {
        var seen = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            var latest = await reader.GetLatestManifestAsync(CancellationToken.None);
            foreach (var file in latest!.Manifest.Files)
            {
                var bytes = await BytesAsync(reader, latest.Latest.Folder, file.Name);
                Assert.Equal(file.Bytes, bytes.Length);
                Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }

            seen.Add(latest.Manifest.RunId);
        }

        return seen;
    }

    private static async Task<byte[]> BytesAsync(SnapshotReader reader, string folder, string name)
    {
        await using var stream = await reader.OpenAsync(folder, name, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task<string> TextAsync(SnapshotReader reader, string folder, string name) =>
        System.Text.Encoding.UTF8.GetString(await BytesAsync(reader, folder, name));

    private static async Task<Dictionary<string, DateTimeOffset>> BlobTimesAsync(StorageClients storage, string folder)
    {
        var times = new Dictionary<string, DateTimeOffset>();
        await foreach (var blob in storage.Snapshots.GetBlobsAsync(BlobTraits.None, BlobStates.None, folder, CancellationToken.None))
        {
            times[blob.Name[folder.Length..]] = blob.Properties.LastModified!.Value;
        }

        return times;
    }
}
