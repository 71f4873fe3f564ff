using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace RelationshipFunctions.Webhooks;

/// <summary>
/// Counts rejected deliveries per platform and reason (meter <c>RelationshipFunctions.Webhooks</c>,
/// instrument <c>rf.webhooks.rejected</c>), and events per platform and outcome (<c>rf.webhooks.events</c>),
/// so that a misconfigured secret shows on its first failure. The totals are also kept in memory.
/// </summary>
public sealed class WebhookMetrics : IDisposable
{
    public const string MeterName = "RelationshipFunctions.Webhooks";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _events;
    private readonly ConcurrentDictionary<(string Platform, string Reason), long> _rejections = new();

    public WebhookMetrics()
    {
        _rejected = _meter.CreateCounter<long>("rf.webhooks.rejected", "{delivery}", "Webhook deliveries rejected, by platform and reason");
        _events = _meter.CreateCounter<long>("rf.webhooks.events", "{event}", "Webhook events, by platform and outcome");
    }

    public void Rejected(string platform, string reason)
    {
        _rejections.AddOrUpdate((platform, reason), 1, (_, count) => count + 1);
        _rejected.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("reason", reason));
    }

    public void Events(string platform, string outcome, int count)
    {
        if (count > 0)
        {
            _events.Add(count, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <summary>Rejections counted in this process for a platform and reason.</summary>
    public long Rejections(string platform, string reason) => _rejections.GetValueOrDefault((platform, reason));

    /// <summary>Every rejection counted in this process.</summary>
    public IReadOnlyDictionary<(string Platform, string Reason), long> AllRejections => _rejections;

    public void Dispose() => _meter.Dispose();
}
