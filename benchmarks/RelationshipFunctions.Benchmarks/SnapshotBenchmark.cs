using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Runner;
using RelationshipFunctions.Snapshots;

namespace RelationshipFunctions.Benchmarks;

/// <summary>
/// Snapshot write time and peak memory for synthetic populations: rows are generated lazily, so whatever
/// the process holds beyond a small constant is the writer's own doing.
/// </summary>
internal static class SnapshotBenchmark
{
    private static readonly string[] Segments = ["champions", "loyal", "promising", "at risk", "hibernating"];

    public static async Task RunAsync(IReadOnlyList<string> counts, string connection)
    {
        Console.WriteLine("customers   seconds   rows/s     MiB written   peak managed MiB   peak working set MiB");
        foreach (var count in counts.Select(c => int.Parse(c, CultureInfo.InvariantCulture)))
        {
            await using var services = RunnerHost.Build(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = connection,
                ["Storage:Prefix"] = "bs" + Guid.NewGuid().ToString("N")[..8],
            });
            var writer = services.GetRequiredService<SnapshotWriter>();
            GC.Collect();
            using var sampler = new PeakSampler();
            var started = Stopwatch.GetTimestamp();
            var manifest = await writer.WriteAsync("bench", DateTimeOffset.UnixEpoch.AddYears(56), "bench", Rows(count), CancellationToken.None);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var (managed, workingSet) = sampler.Stop();
            var mib = manifest.Files.Sum(file => file.Bytes) / 1048576.0;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{count,9:N0}  {seconds,8:0.0}  {count / seconds,8:N0}  {mib,12:N0}  {managed / 1048576.0,17:N0}  {workingSet / 1048576.0,20:N0}"));
        }
    }

    private static IEnumerable<SnapshotRow> Rows(int count)
    {
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var score = Math.Round(random.NextDouble() * 100, 1);
            var tier = score switch { >= 80 => "platinum", >= 60 => "gold", >= 40 => "silver", _ => "bronze" };
            yield return new SnapshotRow(
                $"C-{i:D8}", tier, score, 1, random.Next(0, 500), random.Next(1, 40), Math.Round(random.NextDouble() * 2000, 2),
                new Dictionary<string, double?> { ["purchase"] = score })
            {
                Segment = Segments[i % Segments.Length],
                PreviousTier = tier,
                PreviousScore = score - random.Next(-5, 5),
            };
        }
    }

    /// <summary>Samples the managed heap and the working set every 10 ms on its own thread.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;
        private long _managed;
        private long _workingSet;

        public PeakSampler()
        {
            _thread = new Thread(() =>
            {
                using var process = Process.GetCurrentProcess();
                while (!_stop.IsCancellationRequested)
                {
                    process.Refresh();
                    _managed = Math.Max(_managed, GC.GetTotalMemory(false));
                    _workingSet = Math.Max(_workingSet, process.WorkingSet64);
                    Thread.Sleep(10);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public (long Managed, long WorkingSet) Stop()
        {
            _stop.Cancel();
            _thread.Join();
            return (_managed, _workingSet);
        }

        public void Dispose() => _stop.Dispose();
    }
}
