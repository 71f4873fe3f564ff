using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

[Collection(AzuriteGroup.Name)]
public sealed class WebhookDeliveryServiceTests(AzuriteFixture azurite) : WebhookReceiverTests
{
    [Fact]
    public async Task DeliverAsync_HealthyReceiver_SignatureVerifiesWithTheRecipe()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync(Receiver.BaseUrl + "/ok");

        await PublishAsync(harness, Change("tc_sig"));
        await harness.RunUntilIdleAsync();

        var received = Assert.Single(Receiver.At("/ok"));
        Assert.Equal("tc_sig", received.Id);
        Assert.True(WebhookVerifier.Verify(
            subscription.Secret, received.Id, received.Timestamp, received.Signature, received.Body, harness.Clock.GetUtcNow()));
        Assert.False(WebhookVerifier.Verify(
            WebhookSigner.NewSecret(), received.Id, received.Timestamp, received.Signature, received.Body, harness.Clock.GetUtcNow()));
        var data = JsonDocument.Parse(received.Body).RootElement.GetProperty("data");
        Assert.Equal("c-1", data.GetProperty("customerId").GetString());
        Assert.Equal(("silver", "gold"), (data.GetProperty("fromTier").GetString(), data.GetProperty("toTier").GetString()));
    }

    [Fact]
    public async Task DeliverAsync_FailsTwiceThenSucceeds_OneSuccessAndThreeAttemptsWithGrowingDelays()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync(Receiver.BaseUrl + "/flaky");

        await PublishAsync(harness, Change("tc_flaky"));
        await harness.RunUntilIdleAsync();

        Assert.Equal([503, 503, 200], Receiver.At("/flaky").Select(r => r.Status));
        var attempts = await harness.AttemptsAsync(subscription);
        Assert.Equal(["retrying", "retrying", "delivered"], attempts.Select(a => a.Outcome));
        Assert.Equal([503, 503, 200], attempts.Select(a => a.StatusCode ?? 0));
        var first = attempts[1].AttemptedAt - attempts[0].AttemptedAt;
        var second = attempts[2].AttemptedAt - attempts[1].AttemptedAt;
        Assert.InRange(first, TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(36));
        Assert.True(second > first, $"The second delay ({second}) should be longer than the first ({first}).");
    }

    [Fact]
    public async Task DeliverAsync_AlwaysFailing_DeadLettersWithTheReason()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync(Receiver.BaseUrl + "/down");
        var started = harness.Clock.GetUtcNow();

        await PublishAsync(harness, Change("tc_down"));
        await harness.RunUntilIdleAsync();

        Assert.Equal(15, Receiver.At("/down").Count());
        var dead = Assert.Single(await harness.Services.GetRequiredService<DeliveryLogStore>()
            .ReadDeadLettersAsync(subscription.RowKey, 10, CancellationToken.None));
        Assert.Equal(("tc_down", 15, 500), (dead.RowKey, dead.Attempts, dead.LastStatusCode));
        Assert.Contains("HTTP 500", dead.Reason, StringComparison.Ordinal);
        Assert.InRange(harness.Clock.GetUtcNow() - started, TimeSpan.FromHours(19), TimeSpan.FromHours(30));
        Assert.Equal("dead_lettered", (await harness.AttemptsAsync(subscription))[^1].Outcome);
    }

    [Fact]
    public async Task DeliverAsync_Gone_DisablesTheSubscriptionAndStops()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync(Receiver.BaseUrl + "/gone");

        await PublishAsync(harness, Change("tc_gone1"), Change("tc_gone2"));
        await harness.RunUntilIdleAsync();
        await PublishAsync(harness, Change("tc_gone3"));

        var stored = await harness.Services.GetRequiredService<SubscriptionStore>().GetAsync(subscription.RowKey, CancellationToken.None);
        Assert.False(stored!.Enabled);
        Assert.Contains("410", stored.DisabledReason, StringComparison.Ordinal);
        Assert.InRange(Receiver.At("/gone").Count(), 1, 2);
        Assert.Null(harness.Scheduler.NextDueAt);
    }

    [Fact]
    public async Task DeliverAsync_SlowReceiver_TimesOutWithoutDelayingAHealthyOne()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var slow = await harness.SubscribeAsync(Receiver.BaseUrl + "/slow");
        await harness.SubscribeAsync(Receiver.BaseUrl + "/ok");
        await PublishAsync(harness, Change("tc_slow"));

        var started = Stopwatch.GetTimestamp();
        await harness.Scheduler.RunDueAsync(harness.Services.GetRequiredService<WebhookDeliveryService>(), CancellationToken.None);
        var round = Stopwatch.GetElapsedTime(started);

        var healthy = Assert.Single(Receiver.At("/ok"));
        var healthyAfter = Stopwatch.GetElapsedTime(started, healthy.ReceivedAt);
        Assert.True(healthyAfter < TimeSpan.FromSeconds(2), $"The healthy receiver waited {healthyAfter}.");
        Assert.True(round >= TimeSpan.FromSeconds(2), $"The round took {round}, shorter than the timeout.");
        var attempt = Assert.Single(await harness.AttemptsAsync(slow));
        Assert.Equal(("retrying", null, "timeout after 2 s"), (attempt.Outcome, attempt.StatusCode, attempt.Error));
        Assert.Empty(Receiver.At("/slow"));
    }

    [Fact]
    public async Task DeliverAsync_FailingLongerThanTheLimit_DisablesTheSubscription()
    {
        await using var harness = WebhookHarness.Create(azurite, new Dictionary<string, string?> { ["Delivery:DisableAfterFailingHours"] = "2" });
        var subscription = await harness.SubscribeAsync(Receiver.BaseUrl + "/down");

        await PublishAsync(harness, Change("tc_days"));
        await harness.RunUntilIdleAsync();

        var stored = await harness.Services.GetRequiredService<SubscriptionStore>().GetAsync(subscription.RowKey, CancellationToken.None);
        Assert.False(stored!.Enabled);
        Assert.StartsWith("Every delivery failed for", stored.DisabledReason, StringComparison.Ordinal);
        Assert.InRange(Receiver.At("/down").Count(), 3, 12);
    }

    private static Task PublishAsync(WebhookHarness harness, params TierChangeEvent[] changes) =>
        harness.Services.GetRequiredService<ITierChangePublisher>().PublishAsync(changes, CancellationToken.None);

    internal static TierChangeEvent Change(string id) => new(
        id, TierChangeEvent.TierChangedType, TestServices.Now, "c-1", "silver", "gold", 71.5, "m1", TestServices.Now, "r1",
        Reason: TierChangeEvent.Reasons.NewData);
}
