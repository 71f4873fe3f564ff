using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Notifications;

namespace RelationshipFunctions.Storage;

/// <summary>
/// Tier changes are recorded here before they are published, so that a crash between the two loses
/// nothing, and an event already recorded (by an earlier attempt of the same night) is not added twice.
/// </summary>
public sealed class TierChangeOutbox(StorageClients storage, IOptions<StorageOptions> options)
{
    private TableClient Table => storage.Table(storage.Layout.TierChangesTable);

    /// <summary>Adds the events that are not recorded yet; existing rows keep their published state.</summary>
    public async Task RecordAsync(IReadOnlyCollection<TierChangeEvent> events, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = events.Select(TierChangeRow.From).ToList();
        await Parallel.ForEachAsync(
            EntityBatches.Chunk(rows),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.WriteParallelism, CancellationToken = cancellationToken },
            async (chunk, token) =>
            {
                try
                {
                    var actions = chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row));
                    await Table.SubmitTransactionAsync(actions, token).ConfigureAwait(false);
                }
                catch (TableTransactionFailedException ex) when (ex.Status == 409)
                {
                    // Some rows were recorded by an earlier attempt of the same night: add the others one by one.
                    foreach (var row in chunk)
                    {
                        await AddIfMissingAsync(row, token).ConfigureAwait(false);
                    }
                }
            }).ConfigureAwait(false);
    }

    private async Task AddIfMissingAsync(TierChangeRow row, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already recorded; its published flag stands.
        }
    }

    public async Task<List<TierChangeRow>> ReadUnpublishedAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = TierChangeRow.PartitionOf(asOf);
        var rows = new List<TierChangeRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Published eq {false}");
        await foreach (var row in Table.QueryAsync<TierChangeRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task MarkPublishedAsync(IReadOnlyCollection<TierChangeRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            row.Published = true;
        }

        await EntityBatches.UpsertAsync(Table, rows, options.Value.WriteParallelism, cancellationToken).ConfigureAwait(false);
    }
}
