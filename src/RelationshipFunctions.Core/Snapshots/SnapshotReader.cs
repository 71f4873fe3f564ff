using System.Text.Json;
using Azure;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Snapshots;

/// <summary>Finds and reads the latest complete snapshot.</summary>
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

    public async Task<SnapshotManifest> GetManifestAsync(LatestPointer latest, CancellationToken cancellationToken)
    {
        var content = await storage.Snapshots.GetBlobClient(latest.Folder + SnapshotWriter.ManifestName)
            .DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return content.Value.Content.ToObjectFromJson<SnapshotManifest>(Json)!;
    }

    /// <summary>Copies one file of a snapshot to a local stream.</summary>
    public async Task DownloadAsync(LatestPointer latest, string fileName, Stream destination, CancellationToken cancellationToken)
    {
        await storage.Snapshots.GetBlobClient(latest.Folder + fileName)
            .DownloadToAsync(destination, cancellationToken).ConfigureAwait(false);
    }
}
