using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

[Collection(AzuriteGroup.Name)]
public sealed class WebhookReplayTests(AzuriteFixture azurite) : WebhookReceiverTests
{
    [Fact]
    public async Task RedeliverAsync_RecordedEvent_DeliversItAgain()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync(Receiver.BaseUrl + "/ok");
        await RecordAsync(harness, Change("tc_r1", 0), Change("tc_r2", 0));

        var found = await harness.Services.GetRequiredService<WebhookReplay>().RedeliverAsync(subscription, "tc_r2", CancellationToken.None);
        var missing = await harness.Services.GetRequiredService<WebhookReplay>().RedeliverAsync(subscription, "tc_none", CancellationToken.None);
        await harness.RunUntilIdleAsync();

        Assert.True(found);
        Assert.False(missing);
        Assert.Equal(["tc_r2"], Receiver.At("/ok").Select(r => r.Id));
    }

    [Fact]
    public async Task ReplayAsync_TimeRange_DeliversOnlyTheEventsInsideIt()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync(Receiver.BaseUrl + "/ok");
        await RecordAsync(harness, Change("tc_d0", 0), Change("tc_d1", 1), Change("tc_d2", 2), Change("tc_d3", 3));

        var count = await harness.Services.GetRequiredService<WebhookReplay>().ReplayAsync(
            subscription, TestServices.Now.AddDays(1), TestServices.Now.AddDays(3), CancellationToken.None);
        await harness.RunUntilIdleAsync();

        Assert.Equal(2, count);
        Assert.Equal(["tc_d1", "tc_d2"], Receiver.At("/ok").Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    private static Task RecordAsync(WebhookHarness harness, params TierChangeEvent[] changes) =>
        harness.Services.GetRequiredService<TierChangeOutbox>().RecordAsync(changes, CancellationToken.None);

    private static TierChangeEvent Change(string id, int day) => WebhookDeliveryServiceTests.Change(id) with
    {
        OccurredAt = TestServices.Now.AddDays(day),
        AsOf = TestServices.Now.AddDays(day),
    };
}
