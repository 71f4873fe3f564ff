using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Delivery;

/// <summary>Reads and writes subscriptions in Table Storage.</summary>
public sealed class SubscriptionStore(WebhookTables tables)
{
    public async Task<SubscriptionRow?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var found = await tables.Subscriptions
            .GetEntityIfExistsAsync<SubscriptionRow>(SubscriptionRow.Partition, id, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    public async Task<List<SubscriptionRow>> ListAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<SubscriptionRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SubscriptionRow.Partition}");
        await foreach (var row in tables.Subscriptions.QueryAsync<SubscriptionRow>(filter, cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task AddAsync(SubscriptionRow row, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await tables.Subscriptions.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the stored row; unconditionally: of two concurrent changes the later one stands.</summary>
    public async Task SaveAsync(SubscriptionRow row, CancellationToken cancellationToken) =>
        await tables.Subscriptions.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

    /// <summary>Deletes the subscription; returns false when there was none.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await tables.Subscriptions.DeleteEntityAsync(SubscriptionRow.Partition, id, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.Status != 404;
    }
}
