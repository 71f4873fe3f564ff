using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

[Collection(AzuriteGroup.Name)]
public sealed class SubscriptionServiceTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> Production = new()
    {
        ["Delivery:RequireHttps"] = "true",
        ["Delivery:AllowLoopback"] = "false",
    };

    private readonly IHostResolver _resolver = Substitute.For<IHostResolver>();

    [Theory]
    [InlineData("https://10.0.0.1/hook", "a private address")]
    [InlineData("https://169.254.169.254/latest/meta-data", "a link-local or cloud metadata address")]
    [InlineData("https://[::1]/hook", "a loopback address")]
    [InlineData("https://internal.example.test/hook", "a private address")]
    [InlineData("http://hooks.example.test/hook", "must use https")]
    public async Task CreateAsync_ForbiddenTarget_IsRefusedAndNotStored(string url, string reason)
    {
        _resolver.ResolveAsync("internal.example.test", Arg.Any<CancellationToken>()).Returns([IPAddress.Parse("192.168.1.20")]);
        await using var harness = Harness();
        var service = harness.Services.GetRequiredService<SubscriptionService>();

        var refused = await Assert.ThrowsAsync<SubscriptionRejectedException>(
            () => service.CreateAsync(new SubscriptionRequest(new Uri(url), [WebhookEventTypes.TierChanged]), CancellationToken.None));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await harness.Services.GetRequiredService<SubscriptionStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CreateAsync_PublicHttpsTarget_StoresWithAFreshSecret()
    {
        _resolver.ResolveAsync("hooks.example.test", Arg.Any<CancellationToken>()).Returns([IPAddress.Parse("203.0.113.10")]);
        await using var harness = Harness();
        var service = harness.Services.GetRequiredService<SubscriptionService>();
        var request = new SubscriptionRequest(new Uri("https://hooks.example.test/tiers"), [WebhookEventTypes.TierChanged]);

        var first = await service.CreateAsync(request, CancellationToken.None);
        var second = await service.CreateAsync(request, CancellationToken.None);

        Assert.StartsWith(WebhookSigner.SecretPrefix, first.Secret, StringComparison.Ordinal);
        Assert.Equal(WebhookSigner.KeyBytes, Convert.FromBase64String(first.Secret[WebhookSigner.SecretPrefix.Length..]).Length);
        Assert.NotEqual(first.Secret, second.Secret);
        Assert.Equal(2, (await harness.Services.GetRequiredService<SubscriptionStore>().ListAsync(CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("customer.unknown", null)]
    [InlineData(WebhookEventTypes.TierChanged, "diamond")]
    public async Task CreateAsync_UnknownEventTypeOrTier_IsRefused(string eventType, string? tier)
    {
        _resolver.ResolveAsync("hooks.example.test", Arg.Any<CancellationToken>()).Returns([IPAddress.Parse("203.0.113.10")]);
        await using var harness = Harness();
        var filter = tier is null ? null : new SubscriptionFilter(ToTiers: [tier]);

        await Assert.ThrowsAsync<SubscriptionRejectedException>(() => harness.Services.GetRequiredService<SubscriptionService>()
            .CreateAsync(new SubscriptionRequest(new Uri("https://hooks.example.test/"), [eventType], filter), CancellationToken.None));
    }

    [Fact]
    public async Task RotateSecretAsync_ExistingSubscription_ReplacesTheSecret()
    {
        _resolver.ResolveAsync("hooks.example.test", Arg.Any<CancellationToken>()).Returns([IPAddress.Parse("203.0.113.10")]);
        await using var harness = Harness();
        var service = harness.Services.GetRequiredService<SubscriptionService>();
        var created = await service.CreateAsync(
            new SubscriptionRequest(new Uri("https://hooks.example.test/"), [WebhookEventTypes.TierChanged]), CancellationToken.None);
        var before = created.Secret;

        var rotated = await service.RotateSecretAsync(created.RowKey, CancellationToken.None);

        var stored = await harness.Services.GetRequiredService<SubscriptionStore>().GetAsync(created.RowKey, CancellationToken.None);
        Assert.NotEqual(before, rotated!.Secret);
        Assert.Equal(rotated.Secret, stored!.Secret);
    }

    [Fact]
    public async Task DeliverAsync_HostNowResolvesToAPrivateAddress_RefusesWithoutConnecting()
    {
        _resolver.ResolveAsync("rebind.example.test", Arg.Any<CancellationToken>())
            .Returns([IPAddress.Parse("203.0.113.10")], [IPAddress.Parse("10.0.0.1")]);
        await using var harness = Harness(new Dictionary<string, string?> { ["Delivery:RequireHttps"] = "false" });
        var subscription = await harness.SubscribeAsync("http://rebind.example.test/hook");

        await harness.Services.GetRequiredService<WebhookDeliveryService>().DeliverAsync(
            new WebhookDelivery(subscription.RowKey, WebhookDeliveryServiceTests.Change("tc_rebind"), 1), CancellationToken.None);

        var attempt = Assert.Single(await harness.AttemptsAsync(subscription));
        Assert.Null(attempt.StatusCode);
        Assert.Contains("a private address", attempt.Error, StringComparison.Ordinal);
        await _resolver.Received(2).ResolveAsync("rebind.example.test", Arg.Any<CancellationToken>());
    }

    private WebhookHarness Harness(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(Production);
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        return WebhookHarness.Create(azurite, values, services => services.AddSingleton(_resolver));
    }
}
