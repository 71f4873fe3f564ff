using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

[Collection(AzuriteGroup.Name)]
public sealed class WebhookFanOutTests(AzuriteFixture azurite) : WebhookReceiverTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 28, 23, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);

    [Fact]
    public async Task PublishAsync_SameRescoringRunReplayed_DeliversTheChangeOnce()
    {
        await using var harness = WebhookHarness.Create(azurite);
        await harness.SubscribeAsync(Receiver.BaseUrl + "/ok", new SubscriptionFilter(Direction: SubscriptionFilter.Upgrade));
        await IngestAsync(harness, Enumerable.Range(0, 20).Select(i => SignalJson.Purchase($"c-{i}", $"o-{i}", 10 + i, Day1.AddDays(-30 - i))));
        var rescoring = harness.Services.GetRequiredService<RescoringService>();
        await rescoring.RescoreAsync(Day1, CancellationToken.None);
        await IngestAsync(harness, Enumerable.Range(0, 6).Select(i => SignalJson.Purchase("c-19", $"new-{i}", 500, Day2.AddDays(-i - 1))));

        await rescoring.RescoreAsync(Day2, CancellationToken.None);
        await harness.RunUntilIdleAsync();
        await rescoring.RescoreAsync(Day2, CancellationToken.None);
        await harness.RunUntilIdleAsync();

        var delivered = Receiver.At("/ok").Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data")).ToList();
        var change = Assert.Single(delivered, d => d.GetProperty("customerId").GetString() == "c-19");
        Assert.Equal("platinum", change.GetProperty("toTier").GetString());
        Assert.Equal("new_data", change.GetProperty("reason").GetString());
        Assert.Equal(delivered.Count, delivered.Select(d => d.GetProperty("id").GetString()).Distinct().Count());
    }

    private static async Task IngestAsync(WebhookHarness harness, IEnumerable<Dictionary<string, object?>> signals)
    {
        var report = await harness.Services.GetRequiredService<SignalIngestionService>()
            .IngestAsync(SignalJson.Array([.. signals]), BodyFormat.JsonArray, "test", CancellationToken.None);
        Assert.Equal(0, report.Rejected);
    }
}
