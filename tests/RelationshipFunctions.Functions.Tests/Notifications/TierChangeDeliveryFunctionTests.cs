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
        _receiver.MapPost("/slow", async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return Results.Ok();
        });
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
    public async Task RunAsync_HealthyReceiver_GetsTheEventAsJson()
    {
        await using var services = Services("/ok");
        var function = Function(services);

        await function.RunAsync(JsonSerializer.Serialize(Change()), CancellationToken.None);

        var body = Assert.Single(_received);
        Assert.Equal("tc_1", JsonDocument.Parse(body).RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/fail")]
    [InlineData("/slow")]
    public async Task RunAsync_FailingOrSlowReceiver_ThrowsSoTheQueueRetries(string path)
    {
        await using var services = Services(path);
        var function = Function(services);

        await Assert.ThrowsAsync<DeliveryFailedException>(() => function.RunAsync(JsonSerializer.Serialize(Change()), CancellationToken.None));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    public async Task RunAsync_MessageThatIsNotAnEvent_Throws(string body)
    {
        await using var services = Services("/ok");
        var function = Function(services);

        await Assert.ThrowsAsync<DeliveryFailedException>(() => function.RunAsync(body, CancellationToken.None));
        Assert.Empty(_received);
    }

    [Fact]
    public async Task RunAsync_WebhookDelivery_PostsSignedPayloadToTheSubscription()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync(_base + "/ok");
        var function = new TierChangeDeliveryFunction(
            harness.Services.GetRequiredService<TierChangeNotifier>(), harness.Services.GetRequiredService<WebhookDeliveryService>());
        var message = JsonSerializer.Serialize(new WebhookDelivery(subscription.RowKey, Change(), 1), ServiceBusDeliveryScheduler.Json);

        await function.RunAsync(message, CancellationToken.None);

        var body = Assert.Single(_received);
        Assert.Equal("tc_1", JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("id").GetString());
    }

    private static TierChangeDeliveryFunction Function(IServiceProvider services) => new(
        services.GetRequiredService<TierChangeNotifier>(), services.GetRequiredService<WebhookDeliveryService>());

    private Microsoft.Extensions.DependencyInjection.ServiceProvider Services(string path) => WebhookHarness.Create(
        azurite,
        new Dictionary<string, string?>
        {
            ["Notifications:DownstreamUrls:0"] = _base + path,
            ["Notifications:TimeoutSeconds"] = "1",
        }).Services;

    internal static TierChangeEvent Change() => new(
        "tc_1", TierChangeEvent.TierChangedType, TestServices.Now, "c-1", "silver", "gold", 71.5, "m1", TestServices.Now, "r1");
}
