using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Snapshots;

/// <summary>Short-lived read-only links to snapshot blobs, for tools that fetch by URL.</summary>
public interface ISnapshotLinks
{
    /// <summary>A URL that reads exactly that blob until it expires, and nothing else.</summary>
    Task<SnapshotLink> CreateAsync(string blobName, CancellationToken cancellationToken);
}

/// <summary>A read-only link and when it stops working.</summary>
public sealed record SnapshotLink(Uri Url, DateTimeOffset ExpiresAt);

/// <summary>
/// Signs with the account key when the client holds one (Azurite, a connection string) and otherwise with
/// a user delegation key (managed identity in Azure, which needs the Storage Blob Delegator role).
/// </summary>
public sealed class BlobSasLinks(StorageClients storage, IOptions<SnapshotOptions> options, TimeProvider clock) : ISnapshotLinks
{
    public async Task<SnapshotLink> CreateAsync(string blobName, CancellationToken cancellationToken)
    {
        var blob = storage.Snapshots.GetBlobClient(blobName);
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.Value.LinkLifetimeMinutes);
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expires)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            // Clocks drift; a link that starts a few minutes early is still only as long-lived as configured.
            StartsOn = now.AddMinutes(-5),
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        if (blob.CanGenerateSasUri)
        {
            return new SnapshotLink(blob.GenerateSasUri(sas), expires);
        }

        var key = await storage.Blobs.GetUserDelegationKeyAsync(sas.StartsOn, expires, cancellationToken)
            .ConfigureAwait(false);
        var uri = new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, storage.Blobs.AccountName) };
        return new SnapshotLink(uri.ToUri(), expires);
    }
}
