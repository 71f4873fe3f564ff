using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Observability;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// The nightly job: folds every customer's signals up to the as-of time into state, scores the whole
/// population, records tier changes in the outbox, stores scores and history, writes the segment
/// snapshot, then publishes the tier changes. Shards are read and written independently and in parallel.
/// Rerunning the same as-of date gives the same scores and emits no second event for the same change.
/// </summary>
public sealed class RescoringService(
    ShardFolder folder,
    CustomerStore customers,
    TierChangeOutbox outbox,
    SnapshotWriter snapshots,
    ITierChangePublisher publisher,
    ScoringModelProvider models,
    StorageClients storage,
    IOptions<ScoringOptions> options,
    TimeProvider clock,
    ILogger<RescoringService> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RescoreResult> RescoreAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // Time first so that run ids sort by start; the suffix keeps two runs in the same millisecond apart,
        // because a snapshot folder is written once and never overwritten.
        var runId = "r" + clock.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)
            + "-" + Guid.NewGuid().ToString("N")[..6];
        try
        {
            var result = await RunAsync(runId, asOf, started, cancellationToken).ConfigureAwait(false);
            logger.RunCompleted(runId, result.Customers, result.Signals, result.ModelVersion, result.TierChanges, result.ElapsedMs);
            ProductMetrics.RecordRescore(result.ElapsedMs, result.Customers, result.TierChanges);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.RunFailed(ex, runId, ElapsedMs(started));
            throw;
        }
    }

    private async Task<RescoreResult> RunAsync(string runId, DateTimeOffset asOf, long started, CancellationToken cancellationToken)
    {
        var model = models.Current;
        var shards = new ConcurrentBag<FoldedShard>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, StorageLayout.ShardCount),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.ShardParallelism, CancellationToken = cancellationToken },
            async (shard, token) => shards.Add(await folder.FoldAsync(shard, asOf, model.BehaviourHalfLifeDays, null, token).ConfigureAwait(false))).ConfigureAwait(false);

        var lifetime = LifetimeMetrics.Apply(model, shards.SelectMany(shard => shard.States).ToList());
        var states = lifetime.States;
        if (lifetime.BgNbd is { Converged: false } fit)
        {
            logger.LifetimeFitUnusable(runId, fit.Status.ToString(), fit.Evaluations);
        }

        var scorer = new Scorer(model, PopulationStats.Build(model, states));
        var scores = states.ToDictionary(state => state.CustomerId, scorer.Score, StringComparer.Ordinal);

        var changes = new List<TierChangeEvent>();
        var customerRows = new List<CustomerRow>(states.Count);
        var historyRows = new List<ScoreHistoryRow>(states.Count);
        var enriched = states.ToDictionary(state => state.CustomerId, StringComparer.Ordinal);
        var historyOnly = 0;
        var outcomes = new Dictionary<string, ScoreOutcome>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            foreach (var state in shard.States.Select(folded => enriched[folded.CustomerId]))
            {
                var previous = shard.Previous.GetValueOrDefault(state.CustomerId);
                if (previous is not null && previous.AsOf > asOf)
                {
                    // An older as-of never overwrites a newer current score: it adds to the history only.
                    historyRows.Add(ToHistory(runId, asOf, model.Version, scores[state.CustomerId]));
                    historyOnly++;
                    continue;
                }

                var manual = shard.Overrides.GetValueOrDefault(state.CustomerId);
                var adjusted = ScoreOverrides.Adjust(scores[state.CustomerId], manual, model);
                var outcome = outcomes[state.CustomerId] = ScoreOutcome.Evaluate(model, state, adjusted, previous);
                var tier = ScoreOverrides.PinnedTier(manual) ?? outcome.Decision.Tier;
                var score = scores[state.CustomerId] = adjusted with { Tier = tier };
                // A customer's first tier is not a change: new customers reach downstream tools through the snapshot.
                if (previous is { Tier.Length: > 0 } && previous.Tier != score.Tier)
                {
                    changes.Add(NewChange(runId, asOf, model.Version, score, previous, outcome.Attribution));
                }

                customerRows.Add(ToRow(runId, asOf, model.Version, state, score, previous, outcome, ScoreOverrides.Describe(manual)));
                historyRows.Add(ToHistory(runId, asOf, model.Version, score));
            }
        }

        if (historyOnly > 0)
        {
            logger.OlderAsOfHistoryOnly(runId, historyOnly);
        }

        await outbox.RecordAsync(changes, cancellationToken).ConfigureAwait(false);
        await customers.WriteAsync(customerRows, historyRows, cancellationToken).ConfigureAwait(false);

        var previousScores = shards.SelectMany(shard => shard.Previous).ToDictionary(StringComparer.Ordinal);
        var ranked = states
            .Select(state => (State: state, Score: scores[state.CustomerId]))
            .OrderByDescending(entry => entry.Score.Score)
            .ThenBy(entry => entry.State.CustomerId, StringComparer.Ordinal)
            .ToList();
        var snapshotRows = ranked.Select(entry => ToSnapshotRow(
            entry.State,
            entry.Score,
            previousScores.GetValueOrDefault(entry.State.CustomerId),
            outcomes.GetValueOrDefault(entry.State.CustomerId)));
        var manifest = await snapshots.WriteAsync(runId, asOf, model.Version, snapshotRows, cancellationToken).ConfigureAwait(false);

        await PublishPendingAsync(asOf, cancellationToken).ConfigureAwait(false);

        var result = new RescoreResult(
            runId,
            asOf,
            model.Version,
            states.Count,
            shards.Sum(shard => shard.SignalCount),
            manifest.TierCounts,
            changes.Count,
            SnapshotWriter.FolderOf(runId, asOf),
            ElapsedMs(started),
            ranked.Take(10).Select(entry => entry.Score).ToList());
        await RecordRunAsync(result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Publishes every recorded but unpublished tier change of the as-of date, then marks it published.</summary>
    public async Task<int> PublishPendingAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var pending = await outbox.ReadUnpublishedAsync(asOf, cancellationToken).ConfigureAwait(false);
        foreach (var batch in pending.Chunk(100))
        {
            await publisher.PublishAsync(batch.Select(row => row.ToEvent()).ToList(), cancellationToken).ConfigureAwait(false);
            await outbox.MarkPublishedAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        return pending.Count;
    }

    private static TierChangeEvent NewChange(
        string runId, DateTimeOffset asOf, string modelVersion, CustomerScore score, CustomerRow previous,
        IReadOnlyDictionary<string, double> attribution)
    {
        var identity = string.Join('|', score.CustomerId, asOf.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture), previous.Tier, score.Tier);
        var id = "tc_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
        return new TierChangeEvent(id, TierChangeEvent.TierChangedType, asOf, score.CustomerId, previous.Tier, score.Tier, score.Score,
            modelVersion, asOf, runId, Attribution: attribution, Reason: TierChangeEvent.Reasons.NewData, PreviousScore: previous.Score);
    }

    private static CustomerRow ToRow(
        string runId, DateTimeOffset asOf, string modelVersion, CustomerState state, CustomerScore score, CustomerRow? previous,
        ScoreOutcome outcome, string? manual) => new()
    {
        PartitionKey = StorageLayout.PartitionOf(state.CustomerId),
        RowKey = state.CustomerId,
        Score = score.Score,
        Tier = score.Tier,
        PreviousTier = previous?.Tier,
        PreviousScore = previous?.Score,
        Segment = outcome.Segment,
        Override = manual,
        PendingTier = outcome.Decision.PendingTier,
        PendingRuns = outcome.Decision.PendingRuns,
        RecentScores = outcome.RecentScores,
        Trend7 = outcome.Trend.Change7,
        Trend30 = outcome.Trend.Change30,
        Trend90 = outcome.Trend.Change90,
        Attribution = JsonSerializer.Serialize(outcome.Attribution, Json),
        Confidence = score.Confidence,
        Factors = JsonSerializer.Serialize(score.Factors, Json),
        State = JsonSerializer.Serialize(state, Json),
        ModelVersion = modelVersion,
        AsOf = asOf,
        RunId = runId,
    };

    private static ScoreHistoryRow ToHistory(string runId, DateTimeOffset asOf, string modelVersion, CustomerScore score) => new()
    {
        PartitionKey = StorageLayout.PartitionOf(score.CustomerId),
        RowKey = ScoreHistoryRow.RowKeyOf(score.CustomerId, asOf),
        CustomerId = score.CustomerId,
        Score = score.Score,
        Tier = score.Tier,
        Confidence = score.Confidence,
        ModelVersion = modelVersion,
        AsOf = asOf,
        RunId = runId,
    };

    private static SnapshotRow ToSnapshotRow(
        CustomerState state, CustomerScore score, CustomerRow? previous, ScoreOutcome? outcome) => new(
        state.CustomerId,
        score.Tier,
        score.Score,
        score.Confidence,
        state.RecencyDays,
        state.PurchaseDays,
        state.NetSpend,
        ScoreAttribution.GroupScores(score.Factors))
    {
        Segment = outcome?.Segment,
        Trend = outcome?.Trend.Change30,
        ProbabilityAlive = state.Lifetime?.AliveProbability,
        LifetimeValue = state.Lifetime?.ExpectedValue,
        PreviousTier = previous is { Tier.Length: > 0 } ? previous.Tier : null,
        PreviousScore = previous?.Score,
    };

    private async Task RecordRunAsync(RescoreResult result, CancellationToken cancellationToken)
    {
        var row = new RunRow
        {
            RowKey = result.RunId,
            AsOf = result.AsOf,
            ModelVersion = result.ModelVersion,
            Customers = result.Customers,
            Signals = result.Signals,
            TierChanges = result.TierChanges,
            SnapshotFolder = result.SnapshotFolder,
            ElapsedMs = result.ElapsedMs,
            TierCounts = JsonSerializer.Serialize(result.TierCounts, Json),
        };
        await storage.Table(storage.Layout.RunsTable).UpsertEntityAsync(row, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

}
