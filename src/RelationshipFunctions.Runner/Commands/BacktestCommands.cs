using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Import;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Scoring.Backtest;
using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Runner.Commands;

/// <summary><c>backtest</c>: how well the model and the baselines predicted a purchase log's holdout period.</summary>
public static class BacktestCommands
{
    public static readonly DateOnly CdnowCalibrationEnd = new(1997, 9, 30);
    public static readonly DateOnly CdnowHoldoutEnd = new(1998, 6, 30);

    public static async Task<int> BacktestAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        var model = ModelOf(services, args);
        var calibrationEnd = Date(args, "calibration-end") ?? CdnowCalibrationEnd;
        var holdoutEnd = Date(args, "holdout-end") ?? CdnowHoldoutEnd;
        if (holdoutEnd <= calibrationEnd)
        {
            throw new UsageException("--holdout-end must be after --calibration-end.");
        }

        var transactions = await ReadAsync(args, output, ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Backtest of model {model.Version}: calibration up to {calibrationEnd:yyyy-MM-dd}, holdout to {holdoutEnd:yyyy-MM-dd}, {transactions.Count:N0} purchases"));
        var report = ModelBacktest.Run(model, transactions, calibrationEnd, holdoutEnd);
        Print(report, output);
        var verdict = BacktestVerdict.Of(report);
        return verdict.BeatsRfm && verdict.NearBest ? 0 : 5;
    }

    /// <summary>Prints the table, the BG/NBD fit status and the verdict.</summary>
    public static void Print(BacktestReport report, TextWriter output)
    {
        output.WriteLine();
        output.Write(report.ToMarkdown());
        output.WriteLine();
        output.WriteLine($"BG/NBD fit: {report.BgNbdFit.Message}");
        foreach (var line in BacktestVerdict.Of(report).Describe())
        {
            output.WriteLine(line);
        }
    }

    /// <summary>The model given by --model, else the configured one.</summary>
    public static ScoringModel ModelOf(IServiceProvider services, Arguments args) =>
        args.Option("model") is { } path
            ? ScoringModelLoader.LoadFile(path)
            : services.GetRequiredService<ScoringModelProvider>().Current;

    /// <summary>Reads every purchase of --file (default: the CDNOW log) as --format cdnow or csv with --map.</summary>
    public static async Task<List<CustomerTransaction>> ReadAsync(Arguments args, TextWriter output, CancellationToken ct)
    {
        var path = args.Option("file") ?? ImportCommands.DefaultCdnowPath();
        if (!File.Exists(path))
        {
            throw new UsageException($"File not found: {Path.GetFullPath(path)}");
        }

        using var reader = new StreamReader(path);
        var lines = (args.Option("format") ?? "cdnow") switch
        {
            "cdnow" => CdnowReader.ReadAsync(reader, ct),
            "csv" => GenericCsvReader.ReadAsync(reader, ImportCommands.MappingOf(args), ct),
            var other => throw new UsageException($"--format must be cdnow or csv, not '{other}'."),
        };
        var transactions = new List<CustomerTransaction>();
        var rejected = 0;
        await foreach (var line in lines)
        {
            if (line.Record is { } record)
            {
                transactions.Add(new CustomerTransaction(
                    record.CustomerId, DateOnly.FromDateTime(record.OccurredAt.UtcDateTime), record.Amount));
            }
            else if (++rejected <= 5)
            {
                output.WriteLine($"  line {line.Line}: {line.Error}");
            }
        }

        if (rejected > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rejected:N0} unreadable lines left out."));
        }

        return transactions;
    }

    /// <summary>The day given as --name yyyy-MM-dd, or null.</summary>
    public static DateOnly? Date(Arguments args, string name) =>
        args.AsOf(name) is { } end ? DateOnly.FromDateTime(end.UtcDateTime) : null;
}
