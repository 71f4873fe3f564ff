using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Snapshots;

/// <summary>
/// Writes one run's segment snapshot to Blob Storage: the data files first, streamed in one pass,
/// then the manifest, then the <c>latest.json</c> pointer. A reader that follows the pointer
/// therefore always finds a complete run; a run that fails part-way leaves the pointer where it was.
/// </summary>
public sealed class SnapshotWriter(StorageClients storage, TimeProvider clock)
{
    public const string LatestBlobName = "latest.json";
    public const string CsvName = "customers.csv";
    public const string JsonLinesName = "customers.jsonl";
    public const string ManifestName = "manifest.json";

    /// <summary>The stable CSV columns; new columns are only ever appended.</summary>
    public static readonly string[] CsvColumns =
        ["customer_id", "tier", "score", "confidence", "recency_days", "purchase_days", "net_spend"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly JsonSerializerOptions IndentedJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string FolderOf(string runId, DateTimeOffset asOf) =>
        asOf.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + runId + "/";

    public async Task<SnapshotManifest> WriteAsync(
        string runId,
        DateTimeOffset asOf,
        string modelVersion,
        IEnumerable<SnapshotRow> rows,
        CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var container = storage.Snapshots;
        var folder = FolderOf(runId, asOf);
        var tierCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var count = 0;

        var csvBlob = container.GetBlobClient(folder + CsvName);
        var jsonBlob = container.GetBlobClient(folder + JsonLinesName);
        SnapshotFile csvFile, jsonFile;
        await using (var csvStream = new HashingWriteStream(await OpenAsync(csvBlob, "text/csv; charset=utf-8", cancellationToken).ConfigureAwait(false)))
        await using (var jsonStream = new HashingWriteStream(await OpenAsync(jsonBlob, "application/x-ndjson", cancellationToken).ConfigureAwait(false)))
        {
            await using (var csv = new StreamWriter(csvStream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" })
            await using (var jsonl = new StreamWriter(jsonStream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" })
            {
                await csv.WriteLineAsync(string.Join(',', CsvColumns)).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await csv.WriteLineAsync(CsvLine(row)).ConfigureAwait(false);
                    await jsonl.WriteLineAsync(JsonSerializer.Serialize(row, Json)).ConfigureAwait(false);
                    tierCounts[row.Tier] = tierCounts.GetValueOrDefault(row.Tier) + 1;
                    count++;
                }
            }

            csvFile = new SnapshotFile(CsvName, "text/csv", csvStream.BytesWritten, count, csvStream.HashHex());
            jsonFile = new SnapshotFile(JsonLinesName, "application/x-ndjson", jsonStream.BytesWritten, count, jsonStream.HashHex());
        }

        var manifest = new SnapshotManifest(
            SnapshotManifest.CurrentSchemaVersion, runId, asOf, clock.GetUtcNow(), modelVersion, count, tierCounts, [csvFile, jsonFile]);
        await UploadJsonAsync(container, folder + ManifestName, manifest, cancellationToken).ConfigureAwait(false);
        await UploadJsonAsync(container, LatestBlobName, new LatestPointer(runId, folder, asOf, modelVersion), cancellationToken)
            .ConfigureAwait(false);
        return manifest;
    }

    private static string CsvLine(SnapshotRow row) => string.Join(
        ',',
        CsvText.Field(row.CustomerId),
        CsvText.Field(row.Tier),
        row.Score.ToString("0.0", CultureInfo.InvariantCulture),
        row.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
        row.RecencyDays?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        row.PurchaseDays.ToString(CultureInfo.InvariantCulture),
        row.NetSpend.ToString("0.00", CultureInfo.InvariantCulture));

    private static Task<Stream> OpenAsync(BlobClient blob, string contentType, CancellationToken cancellationToken) =>
        blob.OpenWriteAsync(
            overwrite: true,
            new BlobOpenWriteOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType }, BufferSize = 4 * 1024 * 1024 },
            cancellationToken);

    private static async Task UploadJsonAsync<T>(BlobContainerClient container, string name, T value, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, IndentedJson);
        await container.GetBlobClient(name).UploadAsync(
            new BinaryData(bytes),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken).ConfigureAwait(false);
    }
}
