using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Runner.Commands;

/// <summary><c>dry-run --model PATH</c>: what a candidate model would change, before it is made active.</summary>
public static class DryRunCommands
{
    public static async Task<int> DryRunAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        if (args.Option("model") is null)
        {
            throw new UsageException("dry-run needs --model PATH, the candidate model file.");
        }

        var candidate = BacktestCommands.ModelOf(services, args);
        var asOf = args.AsOf() ?? services.GetRequiredService<TimeProvider>().GetUtcNow();
        var holdoutEnd = BacktestCommands.Date(args, "holdout-end") ?? DateOnly.FromDateTime(asOf.UtcDateTime);
        var calibrationEnd = BacktestCommands.Date(args, "calibration-end") ?? holdoutEnd.AddDays(-273);
        var report = await services.GetRequiredService<DryRunService>().RunAsync(candidate, asOf, calibrationEnd, holdoutEnd, ct);

        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture,
            $"Dry run of model {report.CandidateVersion} as of {asOf:yyyy-MM-dd} (stored scores: {string.Join(", ", report.ActiveVersions.DefaultIfEmpty("none"))}); nothing is written."));
        output.WriteLine(string.Create(culture,
            $"{report.Customers:N0} customers; {report.TierChanges:N0} would change tier."));
        foreach (var (move, count) in report.Moves.OrderByDescending(entry => entry.Value))
        {
            output.WriteLine(string.Create(culture, $"  {move,-24} {count,8:N0}"));
        }

        output.WriteLine("Tiers under the candidate: " + string.Join(", ",
            report.TierCounts.OrderByDescending(entry => entry.Value).Select(entry => string.Create(culture, $"{entry.Key} {entry.Value:N0}"))));
        if (report.Backtest is null)
        {
            output.WriteLine(string.Create(culture,
                $"No backtest: the stored purchases do not span both {calibrationEnd:yyyy-MM-dd} and the days after it."));
            return 0;
        }

        output.WriteLine(string.Create(culture,
            $"Backtest on the stored purchases, calibration up to {calibrationEnd:yyyy-MM-dd}, holdout to {holdoutEnd:yyyy-MM-dd}:"));
        BacktestCommands.Print(report.Backtest, output);
        return 0;
    }
}
