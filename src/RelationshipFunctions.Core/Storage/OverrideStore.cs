using Azure.Data.Tables;

namespace RelationshipFunctions.Storage;

/// <summary>Manual score overrides: the one in force per customer, and an append-only audit trail.</summary>
public sealed class OverrideStore(StorageClients storage)
{
    private TableClient Table => storage.Table(storage.Layout.OverridesTable);

    /// <summary>Puts the override in force (replacing any other) and appends it to the audit trail.</summary>
    public async Task SetAsync(OverrideRow entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = StorageLayout.PartitionOf(entry.CustomerId);
        var current = Copy(entry, partition, entry.CustomerId, "set");
        await Table.UpsertEntityAsync(current, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await Table.AddEntityAsync(Copy(entry, partition, OverrideRow.AuditKeyOf(entry.CustomerId, entry.RecordedAt), "set"),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the override in force, recording who ended it and why.</summary>
    public async Task<bool> ClearAsync(OverrideRow entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = StorageLayout.PartitionOf(entry.CustomerId);
        var response = await Table.DeleteEntityAsync(partition, entry.CustomerId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await Table.AddEntityAsync(Copy(entry, partition, OverrideRow.AuditKeyOf(entry.CustomerId, entry.RecordedAt), "clear"),
            cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    /// <summary>The overrides of one shard still in force at <paramref name="asOf"/>, by customer id.</summary>
    public async Task<Dictionary<string, OverrideRow>> ReadActiveAsync(int shard, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = StorageLayout.ShardPartition(shard);
        var active = new Dictionary<string, OverrideRow>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Action eq {"set"} and ExpiresAt gt {asOf}");
        await foreach (var row in Table.QueryAsync<OverrideRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == row.CustomerId)
            {
                active[row.CustomerId] = row;
            }
        }

        return active;
    }

    /// <summary>Every set and clear of one customer's overrides, oldest first.</summary>
    public async Task<List<OverrideRow>> GetAuditAsync(string customerId, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var prefix = customerId + StorageLayout.KeySeparator + "audit" + StorageLayout.KeySeparator;
        var partition = StorageLayout.PartitionOf(customerId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {prefix + "~"}");
        var rows = new List<OverrideRow>();
        await foreach (var row in Table.QueryAsync<OverrideRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static OverrideRow Copy(OverrideRow entry, string partition, string rowKey, string action) => new()
    {
        PartitionKey = partition,
        RowKey = rowKey,
        CustomerId = entry.CustomerId,
        Action = action,
        PinTier = entry.PinTier,
        Adjustment = entry.Adjustment,
        Reason = entry.Reason,
        Author = entry.Author,
        ExpiresAt = entry.ExpiresAt,
        RecordedAt = entry.RecordedAt,
    };
}
