using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Functions.Notifications;
using RelationshipFunctions.Functions.Delivery;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Notifications;

[Collection(AzuriteGroup.Name)]
public sealed class TierChangeDeliveryFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _received = new();
    private WebApplication? _receiver;
    private string _base = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _receiver = builder.Build();
        _receiver.MapPost("/ok", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            _received.Enqueue(await reader.ReadToEndAsync());
            return Results.NoContent();
        });
        _receiver.MapPost("/fail", () => Results.StatusCode(503));
        await _receiver.StartAsync();
        _base = _receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    [Fact]
    public async Task RunAsync_WebhookDelivery_PostsSignedPayloadToTheSubscription()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync(_base + "/ok");
        var function = new TierChangeDeliveryFunction(harness.Services.GetRequiredService<WebhookDeliveryService>());

        await function.RunAsync(Message(subscription.RowKey), CancellationToken.None);

        var body = Assert.Single(_received);
        Assert.Equal("tc_1", JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("id").GetString());
    }

    [Fact]
    public async Task RunAsync_FailingReceiver_SchedulesTheRetryInsteadOfThrowing()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync(_base + "/fail");
        var function = new TierChangeDeliveryFunction(harness.Services.GetRequiredService<WebhookDeliveryService>());

        await function.RunAsync(Message(subscription.RowKey), CancellationToken.None);

        Assert.NotNull(harness.Scheduler.NextDueAt);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("[1, 2]")]
    public async Task RunAsync_MessageThatIsNotADelivery_ThrowsSoTheQueueDeadLettersIt(string body)
    {
        await using var harness = WebhookHarness.Create(azurite);
        var function = new TierChangeDeliveryFunction(harness.Services.GetRequiredService<WebhookDeliveryService>());

        await Assert.ThrowsAsync<DeliveryFailedException>(() => function.RunAsync(body, CancellationToken.None));
        await Assert.ThrowsAsync<DeliveryFailedException>(
            () => function.RunAsync(JsonSerializer.Serialize(Change()), CancellationToken.None));
        Assert.Empty(_received);
    }

    private static string Message(string subscriptionId) =>
        JsonSerializer.Serialize(new WebhookDelivery(subscriptionId, Change(), 1), ServiceBusDeliveryScheduler.Json);

    internal static TierChangeEvent Change() => new(
        "tc_1", TierChangeEvent.TierChangedType, TestServices.Now, "c-1", "silver", "gold", 71.5, "m1", TestServices.Now, "r1");
}
