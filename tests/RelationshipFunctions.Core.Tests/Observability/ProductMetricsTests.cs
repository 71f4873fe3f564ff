using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Observability;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Observability;

[Collection(AzuriteGroup.Name)]
public sealed class ProductMetricsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RecordIngest_MixedBatch_CountsEachOutcomeForItsChannel()
    {
        var channel = "metrics-" + Guid.NewGuid().ToString("N")[..6];
        var measured = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ProductMetrics.MeterName && instrument.Name == "rf.signals")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var tagList = tags.ToArray();
            if (tagList.Any(t => t.Key == "channel" && (string?)t.Value == channel))
            {
                measured.AddOrUpdate((string)tagList.Single(t => t.Key == "outcome").Value!, value, (_, sum) => sum + value);
            }
        });
        listener.Start();
        await using var services = TestServices.Create(azurite);
        var bad = SignalJson.Purchase("c-3", "o-3", 1);
        bad.Remove("type");

        await services.GetRequiredService<SignalIngestionService>().IngestAsync(
            SignalJson.Array(SignalJson.Purchase("c-1", "o-1", 1), SignalJson.Purchase("c-1", "o-1", 1), bad),
            BodyFormat.JsonArray, channel, CancellationToken.None);

        Assert.Equal(1, measured.GetValueOrDefault("accepted"));
        Assert.Equal(1, measured.GetValueOrDefault("duplicate"));
        Assert.Equal(1, measured.GetValueOrDefault("rejected"));
    }
}
