using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>
/// Scores a purchase log with a scoring model exactly as the nightly job would at the end of the calibration
/// day (same state fold, lifetime fits, population and scorer), so the model can be backtested without storage.
/// </summary>
public static class ModelBacktest
{
    /// <summary>The score of every customer who bought on or before <paramref name="calibrationEnd"/>.</summary>
    public static IReadOnlyDictionary<string, double> Scores(
        ScoringModel model,
        IEnumerable<CustomerTransaction> transactions,
        DateOnly calibrationEnd)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(transactions);
        var asOf = new DateTimeOffset(calibrationEnd.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddTicks(-1);
        var builders = new Dictionary<string, CustomerStateBuilder>(StringComparer.Ordinal);
        var attributes = new Dictionary<string, string>();
        foreach (var transaction in transactions.Where(t => t.Date <= calibrationEnd))
        {
            if (!builders.TryGetValue(transaction.CustomerId, out var builder))
            {
                builders[transaction.CustomerId] = builder = new CustomerStateBuilder(transaction.CustomerId);
            }

            var occurredAt = new DateTimeOffset(transaction.Date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            builder.Add(new Signal(
                transaction.CustomerId, SignalTypes.Purchase, occurredAt, "backtest", string.Empty, transaction.Amount, attributes));
        }

        var states = builders.Values.Select(builder => builder.Build(asOf, model.BehaviourHalfLifeDays)).ToList();
        var enriched = LifetimeMetrics.Apply(model, states).States;
        var scorer = new Scorer(model, PopulationStats.Build(model, enriched));
        return enriched.ToDictionary(state => state.CustomerId, state => scorer.Score(state).Score, StringComparer.Ordinal);
    }

    /// <summary>The backtest report with the model's row last, named after its version.</summary>
    public static BacktestReport Run(
        ScoringModel model,
        IReadOnlyCollection<CustomerTransaction> transactions,
        DateOnly calibrationEnd,
        DateOnly holdoutEnd)
    {
        ArgumentNullException.ThrowIfNull(model);
        var scores = Scores(model, transactions, calibrationEnd);
        return BacktestRunner.Run(
            transactions, calibrationEnd, holdoutEnd, NamedScore.FromDictionary($"model {model.Version}", scores));
    }
}
