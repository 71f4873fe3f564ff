using RelationshipFunctions.Ingest;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Scoring;

/// <summary>Reads one shard's signals up to the as-of time and folds them into customer states.</summary>
public sealed class ShardFolder(SignalStore signals, CustomerStore customers, OverrideStore overrides)
{
    /// <summary>The shard's states, the previous run's rows, the overrides in force and the number of signals read.</summary>
    /// <param name="shard">The shard.</param>
    /// <param name="asOf">Signals after this instant are left out.</param>
    /// <param name="halfLifeDays">The model's behaviour half-life.</param>
    /// <param name="observe">Called with every signal read, for callers that need more than the states.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<FoldedShard> FoldAsync(
        int shard,
        DateTimeOffset asOf,
        double halfLifeDays,
        Action<Signal>? observe,
        CancellationToken cancellationToken)
    {
        var builders = new Dictionary<string, CustomerStateBuilder>(StringComparer.Ordinal);
        long count = 0;
        await foreach (var row in signals.ReadShardAsync(shard, asOf, cancellationToken).ConfigureAwait(false))
        {
            if (!builders.TryGetValue(row.CustomerId, out var builder))
            {
                builders[row.CustomerId] = builder = new CustomerStateBuilder(row.CustomerId);
            }

            var signal = row.ToSignal();
            builder.Add(signal);
            observe?.Invoke(signal);
            count++;
        }

        var previous = await customers.ReadPreviousAsync(shard, cancellationToken).ConfigureAwait(false);
        var active = await overrides.ReadActiveAsync(shard, asOf, cancellationToken).ConfigureAwait(false);
        return new FoldedShard(builders.Values.Select(builder => builder.Build(asOf, halfLifeDays)).ToList(), previous, active, count);
    }
}

/// <summary>
/// One shard folded: the states, what the previous run stored for each customer, the overrides in force at the
/// as-of time, and the signals read.
/// </summary>
public sealed record FoldedShard(
    List<CustomerState> States,
    Dictionary<string, CustomerRow> Previous,
    Dictionary<string, OverrideRow> Overrides,
    long SignalCount);
