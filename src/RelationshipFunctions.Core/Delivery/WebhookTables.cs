using Azure.Data.Tables;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Delivery;

/// <summary>The tables webhooks use: subscriptions, delivery log, dead letters, and the tier-change outbox.</summary>
public sealed class WebhookTables(StorageClients storage)
{
    public TableClient Subscriptions => storage.Table(storage.Layout.SubscriptionsTable);
    public TableClient Attempts => storage.Table(storage.Layout.DeliveryLogTable);
    public TableClient DeadLetters => storage.Table(storage.Layout.DeadLettersTable);

    /// <summary>The outbox of tier changes, read for redelivery and replay.</summary>
    public TableClient Outbox => storage.Table(storage.Layout.TierChangesTable);

    /// <summary>Creates every table of the product once per process.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => storage.EnsureCreatedAsync(cancellationToken);
}
