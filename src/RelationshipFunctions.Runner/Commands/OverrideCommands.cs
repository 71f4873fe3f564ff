using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Runner.Commands;

/// <summary><c>override set|clear|history CUSTOMER</c>: manual, audited, expiring score overrides.</summary>
public static class OverrideCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        var action = args.Required(1, "set, clear or history");
        var customerId = args.Required(2, "the customer id");
        var store = services.GetRequiredService<OverrideStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var entry = new OverrideRow
        {
            CustomerId = customerId,
            Reason = args.Option("reason") ?? string.Empty,
            Author = args.Option("by") ?? Environment.UserName,
            RecordedAt = now,
        };
        switch (action)
        {
            case "set":
                var validated = Validated(services, args, entry, now);
                await store.SetAsync(validated, ct);
                output.WriteLine($"Override for {customerId}: {ScoreOverrides.Describe(validated)}. It applies from the next rescore.");
                return 0;
            case "clear":
                RequireReason(entry);
                var existed = await store.ClearAsync(entry, ct);
                output.WriteLine(existed ? $"Override for {customerId} cleared." : $"{customerId} had no override in force; the clearing is recorded.");
                return 0;
            case "history":
                foreach (var row in await store.GetAuditAsync(customerId, ct))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {row.RecordedAt:yyyy-MM-dd HH:mm} {row.Action,-5} {(row.Action == "set" ? ScoreOverrides.Describe(row) : $"by {row.Author}: {row.Reason}")}"));
                }

                return 0;
            default:
                throw new UsageException("override takes set, clear or history.");
        }
    }

    private static OverrideRow Validated(IServiceProvider services, Arguments args, OverrideRow entry, DateTimeOffset now)
    {
        RequireReason(entry);
        var pin = args.Option("pin");
        var adjust = args.Option("adjust");
        if ((pin is null) == (adjust is null))
        {
            throw new UsageException("override set needs exactly one of --pin TIER or --adjust POINTS.");
        }

        var tiers = services.GetRequiredService<ScoringModelProvider>().Current.Tiers.Select(tier => tier.Name).ToList();
        if (pin is not null && !tiers.Contains(pin, StringComparer.Ordinal))
        {
            throw new UsageException($"--pin must be one of the model's tiers: {string.Join(", ", tiers)}.");
        }

        double? points = null;
        if (adjust is not null)
        {
            points = double.TryParse(adjust, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= -100 and <= 100
                ? value
                : throw new UsageException("--adjust takes points from -100 to 100.");
        }

        var until = args.AsOf("until") ?? throw new UsageException("override set needs --until yyyy-MM-dd, the day it ends.");
        if (until <= now)
        {
            throw new UsageException("--until must be in the future.");
        }

        entry.PinTier = pin;
        entry.Adjustment = points;
        entry.ExpiresAt = until;
        return entry;
    }

    private static void RequireReason(OverrideRow entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Reason))
        {
            throw new UsageException("An override needs --reason TEXT; it is kept in the audit trail.");
        }
    }
}
