using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Snapshots;

/// <summary>Finds and reads the latest complete snapshot, or any stored run.</summary>
public sealed class SnapshotReader(StorageClients storage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<LatestPointer?> GetLatestAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var content = await storage.Snapshots.GetBlobClient(SnapshotWriter.LatestBlobName)
                .DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToObjectFromJson<LatestPointer>(Json);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The manifest <c>latest.json</c> points to, with the pointer; <c>null</c> before the first run.</summary>
    public async Task<LatestSnapshot?> GetLatestManifestAsync(CancellationToken cancellationToken)
    {
        var latest = await GetLatestAsync(cancellationToken).ConfigureAwait(false);
        return latest is null ? null : new LatestSnapshot(latest, await GetManifestAsync(latest.Folder, cancellationToken).ConfigureAwait(false));
    }

    public Task<SnapshotManifest> GetManifestAsync(LatestPointer latest, CancellationToken cancellationToken) =>
        GetManifestAsync(latest.Folder, cancellationToken);

    public async Task<SnapshotManifest> GetManifestAsync(string folder, CancellationToken cancellationToken)
    {
        var content = await storage.Snapshots.GetBlobClient(folder + SnapshotWriter.ManifestName)
            .DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return content.Value.Content.ToObjectFromJson<SnapshotManifest>(Json)!;
    }

    /// <summary>Copies one file of a snapshot to a local stream.</summary>
    public async Task DownloadAsync(LatestPointer latest, string fileName, Stream destination, CancellationToken cancellationToken)
    {
        await storage.Snapshots.GetBlobClient(latest.Folder + fileName)
            .DownloadToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens one file of a run for reading, streamed from Blob Storage.</summary>
    public async Task<Stream> OpenAsync(string folder, string fileName, CancellationToken cancellationToken)
    {
        var response = await storage.Snapshots.GetBlobClient(folder + fileName)
            .DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.Value.Content;
    }

    /// <summary>The rows of a run, read line by line from its JSON lines file.</summary>
    public async IAsyncEnumerable<SnapshotRow> ReadRowsAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await OpenAsync(folder, SnapshotWriter.JsonLinesName, cancellationToken)
            .ConfigureAwait(false);
        using var lines = new StreamReader(stream);
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length > 0)
            {
                yield return JsonSerializer.Deserialize<SnapshotRow>(line, Json)!;
            }
        }
    }
}

/// <summary>The latest pointer and the manifest it points to.</summary>
public sealed record LatestSnapshot(LatestPointer Latest, SnapshotManifest Manifest);
