using System.Diagnostics;
using System.Globalization;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Benchmarks;

/// <summary>
/// Fit time and scoring throughput on synthetic customers, with the repository's scoring-model.json: fold each
/// customer's purchases into state, fit BG/NBD and Gamma-Gamma on the population, then build the population
/// percentiles and score everyone. No storage is involved, so the figures are the CPU cost of the nightly job.
/// </summary>
internal static class ScoringBenchmark
{
    private static readonly DateTimeOffset AsOf = new(2026, 12, 1, 23, 59, 59, TimeSpan.Zero);

    public static void Run(string modelPath, IEnumerable<int> sizes)
    {
        var model = ScoringModelLoader.LoadFile(modelPath);
        Console.WriteLine($"model {model.Version}; {Environment.ProcessorCount} cores");
        Console.WriteLine("customers   signals     fold s  fit s  (BG/NBD evals)  score s  scoring customers/s  end-to-end customers/s");
        foreach (var size in sizes)
        {
            var (states, signals, foldSeconds) = Fold(size, model.BehaviourHalfLifeDays);

            var started = Stopwatch.GetTimestamp();
            var fits = LifetimeMetrics.Apply(model, states);
            var fitSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

            started = Stopwatch.GetTimestamp();
            var scorer = new Scorer(model, PopulationStats.Build(model, fits.States));
            var total = 0.0;
            foreach (var state in fits.States)
            {
                total += scorer.Score(state).Score;
            }

            var scoreSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var all = foldSeconds + fitSeconds + scoreSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,9:N0} {signals,10:N0} {foldSeconds,9:0.0} {fitSeconds,6:0.0}  ({fits.BgNbd?.Evaluations,6} {fits.BgNbd?.Status})  {scoreSeconds,7:0.0}  {size / scoreSeconds,19:N0}  {size / all,22:N0}   (mean score {total / size:0.0})"));
        }
    }

    /// <summary>
    /// Synthetic purchase histories from a fixed seed: a customer buys at a gamma-like rate and may drop out,
    /// over the two years before the as-of date, with lognormal-ish order values.
    /// </summary>
    private static (List<CustomerState> States, long Signals, double Seconds) Fold(int customers, double halfLifeDays)
    {
        var random = new Random(20261201);
        var states = new List<CustomerState>(customers);
        var attributes = new Dictionary<string, string>();
        long signals = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < customers; i++)
        {
            var id = "c" + i.ToString(CultureInfo.InvariantCulture);
            var builder = new CustomerStateBuilder(id);
            var first = random.Next(0, 730);
            var ratePerDay = -Math.Log(1 - random.NextDouble()) / 60;
            var lifetime = random.NextDouble() < 0.5 ? random.Next(1, 730) : 730;
            var day = (double)first;
            do
            {
                var amount = Math.Round(Math.Exp(3 + (0.6 * (random.NextDouble() + random.NextDouble() - 1))), 2);
                builder.Add(new Signal(id, SignalTypes.Purchase, AsOf.AddDays(-day), "bench", string.Empty, amount, attributes));
                signals++;
                day -= -Math.Log(1 - random.NextDouble()) / Math.Max(ratePerDay, 1e-4);
            }
            while (day >= 0 && first - day < lifetime);

            states.Add(builder.Build(AsOf, halfLifeDays));
        }

        return (states, signals, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
