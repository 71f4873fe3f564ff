using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace RelationshipFunctions.Storage;

/// <summary>The service clients and the layout, created once, with tables and containers ensured lazily.</summary>
public sealed class StorageClients(TableServiceClient tables, BlobServiceClient blobs, StorageLayout layout)
{
    private readonly Lock _gate = new();
    private Task? _ensured;

    public TableServiceClient Tables { get; } = tables;
    public BlobServiceClient Blobs { get; } = blobs;
    public StorageLayout Layout { get; } = layout;

    public TableClient Table(string name) => Tables.GetTableClient(name);

    public BlobContainerClient Snapshots => Blobs.GetBlobContainerClient(Layout.SnapshotsContainer);

    /// <summary>Creates every table and container the product uses, once per process; a failed attempt is retried by the next call.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_ensured is null || _ensured.IsFaulted || _ensured.IsCanceled)
            {
                _ensured = CreateAllAsync();
            }

            return _ensured.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateAllAsync()
    {
        foreach (var table in Layout.AllTables)
        {
            await Tables.CreateTableIfNotExistsAsync(table).ConfigureAwait(false);
        }

        await Snapshots.CreateIfNotExistsAsync().ConfigureAwait(false);
    }
}
