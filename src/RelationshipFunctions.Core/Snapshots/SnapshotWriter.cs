using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Snapshots;

/// <summary>
/// Writes one run's segment snapshot to <c>{run date}/{run id}/</c>: every data file streamed in one pass
/// over the rows (everyone as CSV, JSON lines and Parquet, plus one CSV per tier and per segment), then the
/// report, then the manifest, then the <c>latest.json</c> pointer, then prunes old runs. A reader that
/// follows the pointer always finds a complete run; a run that fails part-way leaves the pointer where it was.
/// Every blob of a run is created only if absent, so a finished run is never overwritten.
/// </summary>
public sealed class SnapshotWriter(
    StorageClients storage,
    SnapshotReader reader,
    SnapshotRetention retention,
    IOptions<SnapshotOptions> options,
    TimeProvider clock,
    ILogger<SnapshotWriter> logger)
{
    public const string LatestBlobName = "latest.json";
    public const string CsvName = "customers.csv";
    public const string JsonLinesName = "customers.jsonl";
    public const string ParquetName = "customers.parquet";
    public const string ReportName = "report.html";
    public const string ManifestName = "manifest.json";

    /// <summary>The stable CSV columns; new columns are only ever appended.</summary>
    public static IReadOnlyList<string> CsvColumns => CsvSink.Columns;

    private static readonly JsonSerializerOptions IndentedJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string FolderOf(string runId, DateTimeOffset asOf) =>
        asOf.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + runId + "/";

    /// <summary>The CSV of one tier or segment: <c>tier-gold.csv</c>, <c>segment-at-risk.csv</c>.</summary>
    public static string GroupFileName(string kind, string name)
    {
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return $"{kind}-{slug}.csv";
    }

    public Task<SnapshotManifest> WriteAsync(
        string runId, DateTimeOffset asOf, string modelVersion, IEnumerable<SnapshotRow> rows, CancellationToken cancellationToken) =>
        WriteAsync(runId, asOf, modelVersion, rows.ToAsyncEnumerable(), cancellationToken);

    public async Task<SnapshotManifest> WriteAsync(
        string runId, DateTimeOffset asOf, string modelVersion, IAsyncEnumerable<SnapshotRow> rows, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var previous = await reader.GetLatestManifestAsync(cancellationToken).ConfigureAwait(false);
        var folder = FolderOf(runId, asOf);
        var stats = new SnapshotStats();
        var files = await WriteDataAsync(folder, rows, stats, cancellationToken).ConfigureAwait(false);

        var createdAt = clock.GetUtcNow();
        var report = Encoding.UTF8.GetBytes(SnapshotReport.Render(runId, asOf, createdAt, modelVersion, stats, previous?.Manifest));
        files.Add(await UploadAsync(folder + ReportName, report, ContentTypes.Html, cancellationToken).ConfigureAwait(false) with
        {
            Name = ReportName,
        });

        var manifest = new SnapshotManifest(
            SnapshotManifest.CurrentSchemaVersion, runId, asOf, createdAt, modelVersion, stats.Count, stats.TierCounts, files)
        {
            SegmentCounts = stats.SegmentCounts,
            NewestPurchase = stats.FreshestRecencyDays is { } days ? asOf.AddDays(-days) : null,
            Folder = folder,
        };
        await UploadAsync(folder + ManifestName, JsonSerializer.SerializeToUtf8Bytes(manifest, IndentedJson), ContentTypes.Json, cancellationToken)
            .ConfigureAwait(false);
        await storage.Snapshots.GetBlobClient(LatestBlobName).UploadAsync(
            BinaryData.FromObjectAsJson(new LatestPointer(runId, folder, asOf, modelVersion), IndentedJson),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.Json } },
            cancellationToken).ConfigureAwait(false);
        var bytes = files.Sum(file => file.Bytes);
        var elapsedMs = ElapsedMs(started);
        logger.SnapshotWritten(runId, stats.Count, files.Count, bytes, elapsedMs);

        var deleted = await retention.PruneAsync(options.Value.RetainRuns, cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            logger.SnapshotsPruned(deleted, options.Value.RetainRuns);
        }

        return manifest;
    }

    private async Task<List<SnapshotFile>> WriteDataAsync(
        string folder, IAsyncEnumerable<SnapshotRow> rows, SnapshotStats stats, CancellationToken cancellationToken)
    {
        var rowGroup = options.Value.ParquetRowGroupSize;
        List<SnapshotSink> everyone =
        [
            new CsvSink(CsvName, await OpenAsync(folder + CsvName, ContentTypes.Csv, cancellationToken).ConfigureAwait(false)),
            new JsonLinesSink(JsonLinesName, await OpenAsync(folder + JsonLinesName, ContentTypes.JsonLines, cancellationToken).ConfigureAwait(false)),
            new ParquetSink(ParquetName, await OpenAsync(folder + ParquetName, ContentTypes.Parquet, cancellationToken).ConfigureAwait(false), rowGroup),
        ];
        var groups = new Dictionary<string, SnapshotSink>(StringComparer.Ordinal);
        try
        {
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                stats.Add(row);
                foreach (var sink in everyone)
                {
                    await sink.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                }

                await (await GroupAsync(groups, folder, GroupFileName("tier", row.Tier), cancellationToken).ConfigureAwait(false))
                    .WriteAsync(row, cancellationToken).ConfigureAwait(false);
                if (row.Segment is { } segment)
                {
                    await (await GroupAsync(groups, folder, GroupFileName("segment", segment), cancellationToken).ConfigureAwait(false))
                        .WriteAsync(row, cancellationToken).ConfigureAwait(false);
                }
            }

            var files = new List<SnapshotFile>();
            foreach (var sink in everyone)
            {
                files.Add(await sink.CompleteAsync(cancellationToken).ConfigureAwait(false));
            }

            foreach (var (name, sink) in groups.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                var file = await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
                files.Add(name.StartsWith("tier-", StringComparison.Ordinal)
                    ? file with { Tier = stats.TierCounts.Keys.First(tier => GroupFileName("tier", tier) == name) }
                    : file with { Segment = stats.SegmentCounts.Keys.First(segment => GroupFileName("segment", segment) == name) });
            }

            return files;
        }
        finally
        {
            foreach (var sink in everyone.Concat(groups.Values))
            {
                await sink.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<SnapshotSink> GroupAsync(
        Dictionary<string, SnapshotSink> groups, string folder, string name, CancellationToken cancellationToken)
    {
        if (!groups.TryGetValue(name, out var sink))
        {
            groups[name] = sink = new CsvSink(name, await OpenAsync(folder + name, ContentTypes.Csv, cancellationToken).ConfigureAwait(false));
        }

        return sink;
    }

    private Task<Stream> OpenAsync(string blobName, string contentType, CancellationToken cancellationToken) =>
        storage.Snapshots.GetBlobClient(blobName).OpenWriteAsync(
            overwrite: true,
            new BlobOpenWriteOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                OpenConditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                BufferSize = 1 << 20,
            },
            cancellationToken);

    private async Task<SnapshotFile> UploadAsync(string blobName, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        await storage.Snapshots.GetBlobClient(blobName).UploadAsync(
            new BinaryData(content),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            },
            cancellationToken).ConfigureAwait(false);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        return new SnapshotFile(blobName, contentType, content.Length, 0, sha);
    }

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
