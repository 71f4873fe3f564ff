using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Webhooks;

/// <summary>The webhook tables (subscriptions, delivery log, dead letters), created once per process.</summary>
public sealed class WebhookTables(StorageClients storage, IOptions<StorageOptions> options)
{
    private readonly Lock _gate = new();
    private Task? _ensured;

    public TableClient Subscriptions => storage.Table(options.Value.Prefix + "subscriptions");
    public TableClient Attempts => storage.Table(options.Value.Prefix + "deliverylog");
    public TableClient DeadLetters => storage.Table(options.Value.Prefix + "deadletters");

    /// <summary>The outbox of tier changes, read for redelivery and replay.</summary>
    public TableClient Outbox => storage.Table(storage.Layout.TierChangesTable);

    /// <summary>Creates the tables once; a failed attempt is retried by the next call.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_ensured is null || _ensured.IsFaulted || _ensured.IsCanceled)
            {
                _ensured = CreateAsync();
            }

            return _ensured.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateAsync()
    {
        await storage.EnsureCreatedAsync(CancellationToken.None).ConfigureAwait(false);
        await Subscriptions.CreateIfNotExistsAsync().ConfigureAwait(false);
        await Attempts.CreateIfNotExistsAsync().ConfigureAwait(false);
        await DeadLetters.CreateIfNotExistsAsync().ConfigureAwait(false);
    }
}
