using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring.Backtest;
using RelationshipFunctions.Scoring.Lifetime;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// Scores the stored signals with a candidate model without writing anything: how many customers would change
/// tier against the tiers stored now, and the candidate's backtest on the stored purchases.
/// </summary>
public sealed class DryRunService(ShardFolder folder, IOptions<ScoringOptions> options)
{
    /// <summary>Runs the candidate as of <paramref name="asOf"/>; the backtest splits the purchases at the given days.</summary>
    public async Task<DryRunReport> RunAsync(
        ScoringModel candidate,
        DateTimeOffset asOf,
        DateOnly calibrationEnd,
        DateOnly holdoutEnd,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var shards = new ConcurrentBag<FoldedShard>();
        var purchases = new ConcurrentBag<CustomerTransaction>();
        void Observe(Signal signal)
        {
            if (signal.Type == SignalTypes.Purchase)
            {
                purchases.Add(new CustomerTransaction(
                    signal.CustomerId, DateOnly.FromDateTime(signal.OccurredAt.UtcDateTime), signal.Value ?? 0));
            }
        }

        await Parallel.ForEachAsync(
            Enumerable.Range(0, StorageLayout.ShardCount),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.ShardParallelism, CancellationToken = cancellationToken },
            async (shard, token) => shards.Add(
                await folder.FoldAsync(shard, asOf, candidate.BehaviourHalfLifeDays, Observe, token).ConfigureAwait(false)))
            .ConfigureAwait(false);

        var states = LifetimeMetrics.Apply(candidate, shards.SelectMany(shard => shard.States).ToList()).States;
        var scorer = new Scorer(candidate, PopulationStats.Build(candidate, states));
        var previous = shards.SelectMany(shard => shard.Previous).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var overrides = shards.SelectMany(shard => shard.Overrides).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var moves = new Dictionary<string, int>(StringComparer.Ordinal);
        var tiers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            var stored = previous.GetValueOrDefault(state.CustomerId);
            var manual = overrides.GetValueOrDefault(state.CustomerId);
            var score = ScoreOverrides.Adjust(scorer.Score(state), manual, candidate);
            var tier = ScoreOverrides.PinnedTier(manual) ?? ScoreOutcome.Evaluate(candidate, state, score, stored).Decision.Tier;
            tiers[tier] = tiers.GetValueOrDefault(tier) + 1;
            if (stored is { Tier.Length: > 0 } && stored.Tier != tier)
            {
                var move = stored.Tier + " -> " + tier;
                moves[move] = moves.GetValueOrDefault(move) + 1;
            }
        }

        var backtest = purchases.Any(p => p.Date <= calibrationEnd) && purchases.Any(p => p.Date > calibrationEnd)
            ? ModelBacktest.Run(candidate, purchases.ToList(), calibrationEnd, holdoutEnd)
            : null;
        return new DryRunReport(
            candidate.Version,
            previous.Values.Select(row => row.ModelVersion).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            states.Count,
            moves.Values.Sum(),
            moves,
            tiers,
            backtest);
    }
}

/// <summary>What a candidate model would do to the stored data.</summary>
/// <param name="CandidateVersion">The candidate's version.</param>
/// <param name="ActiveVersions">The model versions of the scores stored now.</param>
/// <param name="Customers">Customers scored.</param>
/// <param name="TierChanges">Customers whose tier would change (new customers are not counted).</param>
/// <param name="Moves">Changes by "from -> to".</param>
/// <param name="TierCounts">Customers per tier under the candidate.</param>
/// <param name="Backtest">The candidate's backtest on the stored purchases, or null when they do not span both periods.</param>
public sealed record DryRunReport(
    string CandidateVersion,
    IReadOnlyList<string> ActiveVersions,
    int Customers,
    int TierChanges,
    IReadOnlyDictionary<string, int> Moves,
    IReadOnlyDictionary<string, int> TierCounts,
    BacktestReport? Backtest);
