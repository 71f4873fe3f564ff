using System.Diagnostics.Metrics;

namespace RelationshipFunctions.Observability;

/// <summary>
/// The product's own metrics, on the meter <see cref="MeterName"/>. Tags carry channels, outcomes and
/// tiers, never customer ids. Exported by OpenTelemetry in the Functions app; free when nobody listens.
/// </summary>
public static class ProductMetrics
{
    public const string MeterName = "RelationshipFunctions";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Signal items by outcome (accepted, duplicate, rejected) and channel (http, queue, import, a platform).</summary>
    public static readonly Counter<long> Signals = Meter.CreateCounter<long>("rf.signals", "{signal}", "Signal items by outcome and channel");

    /// <summary>Duration of whole rescoring runs.</summary>
    public static readonly Histogram<double> RescoreDuration = Meter.CreateHistogram<double>("rf.rescore.duration", "ms", "Duration of a rescoring run");

    /// <summary>Customers scored by rescoring runs.</summary>
    public static readonly Counter<long> CustomersScored = Meter.CreateCounter<long>("rf.rescore.customers", "{customer}", "Customers scored");

    /// <summary>Tier changes emitted by rescoring runs.</summary>
    public static readonly Counter<long> TierChanges = Meter.CreateCounter<long>("rf.tier_changes", "{event}", "Tier changes emitted");

    /// <summary>Outbound notification deliveries by outcome (delivered, failed).</summary>
    public static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("rf.deliveries", "{delivery}", "Outbound deliveries by outcome");

    public static void RecordIngest(string channel, int accepted, int duplicates, int rejected)
    {
        Signals.Add(accepted, new("outcome", "accepted"), new("channel", channel));
        Signals.Add(duplicates, new("outcome", "duplicate"), new("channel", channel));
        Signals.Add(rejected, new("outcome", "rejected"), new("channel", channel));
    }

    public static void RecordRescore(long elapsedMs, int customers, int tierChanges)
    {
        RescoreDuration.Record(elapsedMs);
        CustomersScored.Add(customers);
        TierChanges.Add(tierChanges);
    }
}
