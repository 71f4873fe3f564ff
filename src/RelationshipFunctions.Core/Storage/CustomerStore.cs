using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace RelationshipFunctions.Storage;

/// <summary>Reads and writes customers' current scores and their score history.</summary>
public sealed class CustomerStore(StorageClients storage, IOptions<StorageOptions> options)
{
    private TableClient Customers => storage.Table(storage.Layout.CustomersTable);
    private TableClient History => storage.Table(storage.Layout.ScoreHistoryTable);

    /// <summary>The current tier and score of every scored customer of one shard, by customer id.</summary>
    public async Task<Dictionary<string, PreviousScore>> ReadPreviousAsync(int shard, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = StorageLayout.ShardPartition(shard);
        var tiers = new Dictionary<string, PreviousScore>(StringComparer.Ordinal);
        var query = Customers.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
            maxPerPage: 1000,
            select: ["RowKey", "Tier", "Score"],
            cancellationToken: cancellationToken);
        await foreach (var row in query.ConfigureAwait(false))
        {
            tiers[row.RowKey] = new PreviousScore(row.GetString("Tier") ?? string.Empty, row.GetDouble("Score") ?? 0);
        }

        return tiers;
    }

    public async Task WriteAsync(
        IReadOnlyCollection<CustomerRow> customers,
        IReadOnlyCollection<ScoreHistoryRow> history,
        CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var parallelism = options.Value.WriteParallelism;
        await EntityBatches.UpsertAsync(History, history, parallelism, cancellationToken).ConfigureAwait(false);
        await EntityBatches.UpsertAsync(Customers, customers, parallelism, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CustomerRow?> GetAsync(string customerId, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await Customers
            .GetEntityIfExistsAsync<CustomerRow>(StorageLayout.PartitionOf(customerId), customerId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>A customer's score history, oldest first: one key range in one partition.</summary>
    public async Task<List<ScoreHistoryRow>> GetHistoryAsync(string customerId, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var (from, to) = StorageLayout.CustomerRange(customerId);
        var partition = StorageLayout.PartitionOf(customerId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
        var rows = new List<ScoreHistoryRow>();
        await foreach (var row in History.QueryAsync<ScoreHistoryRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>A customer's tier and score from the run before the current one.</summary>
public sealed record PreviousScore(string Tier, double Score);
