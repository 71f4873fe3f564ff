using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Storage;

/// <summary>Writes and reads the signals table.</summary>
public sealed class SignalStore(StorageClients storage, IOptions<StorageOptions> options)
{
    private const int MaxAttemptsPerChunk = 5;

    private TableClient Table => storage.Table(storage.Layout.SignalsTable);

    /// <summary>
    /// Inserts the rows that are not stored yet, in entity-group transactions, and returns the row
    /// keys (partition, row) that were already there. A transaction that meets an existing row is
    /// retried without the rows found to exist, so a redelivery is stored once and reported as a duplicate.
    /// </summary>
    public async Task<IReadOnlySet<(string Partition, string Row)>> InsertNewAsync(
        IReadOnlyCollection<SignalRow> rows,
        CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var duplicates = new ConcurrentDictionary<(string, string), bool>();
        await Parallel.ForEachAsync(
            EntityBatches.Chunk(rows),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.WriteParallelism, CancellationToken = cancellationToken },
            async (chunk, token) =>
            {
                foreach (var existing in await InsertChunkAsync(chunk, token).ConfigureAwait(false))
                {
                    duplicates.TryAdd((existing.PartitionKey, existing.RowKey), true);
                }
            }).ConfigureAwait(false);

        return duplicates.Keys.ToHashSet();
    }

    private async Task<List<SignalRow>> InsertChunkAsync(IReadOnlyList<SignalRow> chunk, CancellationToken cancellationToken)
    {
        var pending = chunk.ToList();
        var existing = new List<SignalRow>();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            try
            {
                var actions = pending.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row));
                await Table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return existing;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409 && attempt < MaxAttemptsPerChunk)
            {
                var found = await FindExistingAsync(pending, cancellationToken).ConfigureAwait(false);
                existing.AddRange(found);
                pending.RemoveAll(found.Contains);
            }
        }

        return existing;
    }

    private async Task<List<SignalRow>> FindExistingAsync(List<SignalRow> rows, CancellationToken cancellationToken)
    {
        var found = new ConcurrentBag<SignalRow>();
        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (row, token) =>
            {
                var response = await Table
                    .GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, ["RowKey"], token)
                    .ConfigureAwait(false);
                if (response.HasValue)
                {
                    found.Add(row);
                }
            }).ConfigureAwait(false);
        return [.. found];
    }

    /// <summary>Streams every signal of one shard that occurred at or before <paramref name="asOf"/>.</summary>
    public async IAsyncEnumerable<SignalRow> ReadShardAsync(
        int shard,
        DateTimeOffset asOf,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = StorageLayout.ShardPartition(shard);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and OccurredAt le {asOf}");
        await foreach (var row in Table.QueryAsync<SignalRow>(filter, maxPerPage: 1000, cancellationToken: cancellationToken)
                           .ConfigureAwait(false))
        {
            yield return row;
        }
    }

    /// <summary>Every signal of one customer: one key range inside one partition, no table scan.</summary>
    public AsyncPageable<SignalRow> ReadCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        var (from, to) = StorageLayout.CustomerRange(customerId);
        var partition = StorageLayout.PartitionOf(customerId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
        return Table.QueryAsync<SignalRow>(filter, cancellationToken: cancellationToken);
    }

    /// <summary>Counts the stored signals (a full scan that selects keys only; for tools and tests).</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        long count = 0;
        await foreach (var page in Table.QueryAsync<TableEntity>(select: ["PartitionKey"], maxPerPage: 1000, cancellationToken: cancellationToken)
                           .AsPages().ConfigureAwait(false))
        {
            count += page.Values.Count;
        }

        return count;
    }
}
