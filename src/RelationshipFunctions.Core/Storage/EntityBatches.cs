using Azure.Data.Tables;

namespace RelationshipFunctions.Storage;

/// <summary>Groups entities into entity-group transactions: one partition, at most 100 entities each.</summary>
public static class EntityBatches
{
    /// <summary>The service's limit on actions in one transaction.</summary>
    public const int MaxBatchSize = 100;

    public static IEnumerable<IReadOnlyList<T>> Chunk<T>(IEnumerable<T> entities)
        where T : ITableEntity =>
        entities
            .GroupBy(entity => entity.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(MaxBatchSize));

    /// <summary>Upserts (replace) every entity, batched per partition, with bounded parallelism.</summary>
    public static async Task UpsertAsync<T>(
        TableClient table,
        IEnumerable<T> entities,
        int parallelism,
        CancellationToken cancellationToken)
        where T : ITableEntity
    {
        await Parallel.ForEachAsync(
            Chunk(entities),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (chunk, token) =>
            {
                var actions = chunk.Select(entity => new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
                await table.SubmitTransactionAsync(actions, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }
}
