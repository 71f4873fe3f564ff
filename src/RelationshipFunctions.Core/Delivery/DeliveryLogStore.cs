using Azure.Data.Tables;

namespace RelationshipFunctions.Delivery;

/// <summary>The per-subscription delivery log and dead letters.</summary>
public sealed class DeliveryLogStore(WebhookTables tables)
{
    public async Task AppendAsync(string subscriptionId, DeliveryAttemptRow row, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        row.PartitionKey = subscriptionId;
        row.RowKey = DeliveryAttemptRow.RowKeyOf(row.AttemptedAt, row.EventId, row.Attempt);
        await tables.Attempts.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeadLetterAsync(string subscriptionId, string eventId, DeadLetterRow row, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        row.PartitionKey = subscriptionId;
        row.RowKey = eventId;
        await tables.DeadLetters.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The newest attempts first, at most <paramref name="limit"/>.</summary>
    public Task<List<DeliveryAttemptRow>> ReadAttemptsAsync(string subscriptionId, int limit, CancellationToken cancellationToken) =>
        ReadAsync<DeliveryAttemptRow>(tables.Attempts, subscriptionId, limit, cancellationToken);

    public Task<List<DeadLetterRow>> ReadDeadLettersAsync(string subscriptionId, int limit, CancellationToken cancellationToken) =>
        ReadAsync<DeadLetterRow>(tables.DeadLetters, subscriptionId, limit, cancellationToken);

    private async Task<List<T>> ReadAsync<T>(TableClient table, string subscriptionId, int limit, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {subscriptionId}");
        await foreach (var row in table.QueryAsync<T>(filter, maxPerPage: Math.Min(limit, 1000), cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count == limit)
            {
                break;
            }
        }

        return rows;
    }
}
