using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Runner.Commands;

namespace RelationshipFunctions.Runner;

/// <summary>The console runner: the product's services driven from the command line, without the Functions host.</summary>
public static class RunnerApp
{
    public const string Usage = """
        Usage: rf <command> [arguments]

          demo [--cdnow PATH] [--as-of yyyy-MM-dd]   import the CDNOW log, rescore as of 1998-06-30, print tiers and top customers
          import-cdnow [PATH]                        import a CDNOW-format purchase log (default: ../shared/data/cdnow/CDNOW_master.txt)
          import-csv PATH --map customer=C,date=D,amount=A[,id=I][,category=K] [--date-format F] [--delimiter ;] [--source NAME]
          ingest FILE.ndjson                         ingest signals of schema v1, one per line
          rescore [--as-of yyyy-MM-dd]               rescore every customer as of the end of that day (default: now)
          backtest [--file PATH] [--format cdnow|csv --map ...] [--calibration-end yyyy-MM-dd] [--holdout-end yyyy-MM-dd] [--model PATH]
                                                     AUC, Spearman, lift and calibration of the model against recency, RFM and BG/NBD
          dry-run --model PATH [--as-of yyyy-MM-dd] [--calibration-end D] [--holdout-end D]
                                                     how many customers a candidate model would move between tiers, and its backtest
          override set CUSTOMER (--pin TIER | --adjust POINTS) --reason TEXT --until yyyy-MM-dd [--by NAME]
          override clear CUSTOMER --reason TEXT [--by NAME] / override history CUSTOMER
                                                     manual, audited, expiring overrides (applied from the next rescore)
          show CUSTOMER                              a customer's score, tier, factor breakdown and history
          export [--out DIR]                         copy the latest snapshot's files, report and manifest to DIR
          quarantine list|replay                     unprocessable queue messages, and a second try
          count                                      the number of stored signals
          subscriptions subscribe URL|list|log ID    tier-change webhook subscriptions and their delivery log
          serve [--port 7071]                        answer POST /api/signals and /api/webhooks/{platform} on 127.0.0.1
          replay PLATFORM --headers FILE --body FILE [--url URL] [--at TIME]
                                                     run a captured webhook request through its endpoint; print status and counts

        Settings come from environment variables, e.g. Storage__ConnectionString (default UseDevelopmentStorage=true).
        """;

    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        IDictionary<string, string?>? settings = null,
        CancellationToken ct = default)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        var parsed = new Arguments(args);
        try
        {
            switch (args[0])
            {
                case "serve":
                    return await WebhookCommands.ServeAsync(settings, parsed, output, ct);
                case "replay":
                    return await WebhookCommands.ReplayAsync(settings, parsed, output, ct);
            }

            await using var services = RunnerHost.Build(settings);
            return args[0] switch
            {
                "demo" => await ScoringCommands.DemoAsync(services, parsed, output, ct),
                "import-cdnow" => (await ImportCommands.ImportCdnowAsync(services, parsed.Positional(1) ?? ImportCommands.DefaultCdnowPath(), output, ct)).Rejected == 0 ? 0 : 3,
                "import-csv" => await ImportCommands.ImportCsvAsync(services, parsed, output, ct),
                "ingest" => await ImportCommands.IngestAsync(services, parsed, output, ct),
                "rescore" => await RescoreNowAsync(services, parsed, output, ct),
                "backtest" => await BacktestCommands.BacktestAsync(services, parsed, output, ct),
                "dry-run" => await DryRunCommands.DryRunAsync(services, parsed, output, ct),
                "override" => await OverrideCommands.RunAsync(services, parsed, output, ct),
                "show" => await ScoringCommands.ShowAsync(services, parsed, output, ct),
                "export" => await SnapshotCommands.ExportAsync(services, parsed, output, ct),
                "quarantine" => await QuarantineCommands.RunAsync(services, parsed, output, ct),
                "count" => await ImportCommands.CountAsync(services, output, ct),
                "subscriptions" => await SubscriptionCommands.RunAsync(services, parsed, output, ct),
                _ => throw new UsageException($"Unknown command '{args[0]}'."),
            };
        }
        catch (Exception ex) when (ex is RelationshipFunctions.Ingest.BatchParseException or FormatException
            or RelationshipFunctions.Scoring.ScoringModelException)
        {
            output.WriteLine(ex.Message);
            return 3;
        }
        catch (UsageException ex)
        {
            output.WriteLine(ex.Message);
            output.WriteLine(Usage);
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            output.WriteLine("Configuration is invalid:");
            foreach (var failure in ex.Failures)
            {
                output.WriteLine("  " + failure);
            }

            return 2;
        }
    }

    private static async Task<int> RescoreNowAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        var asOf = args.AsOf() ?? services.GetRequiredService<TimeProvider>().GetUtcNow();
        await ScoringCommands.RescoreAsync(services, asOf, output, ct);
        await SubscriptionCommands.DeliverDueAsync(services, output, ct);
        return 0;
    }
}
