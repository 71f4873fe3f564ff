using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Testing;

/// <summary>
/// The product's services with webhooks, an in-process delivery scheduler and a fake clock; local
/// development settings (http and loopback allowed) so that deliveries reach a <see cref="WebhookReceiver"/>.
/// </summary>
public sealed class WebhookHarness : IAsyncDisposable
{
    private WebhookHarness(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public InProcessDeliveryScheduler Scheduler => Services.GetRequiredService<InProcessDeliveryScheduler>();

    public static WebhookHarness Create(
        AzuriteFixture azurite,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Delivery:RequireHttps"] = "false",
            ["Delivery:AllowLoopback"] = "true",
            ["Delivery:TimeoutSeconds"] = "2",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new WebhookHarness(TestServices.Create(azurite, services =>
        {
            services.AddDelivery(configuration);
            services.AddSingleton<InProcessDeliveryScheduler>();
            services.AddSingleton<IDeliveryScheduler>(provider => provider.GetRequiredService<InProcessDeliveryScheduler>());
            configure?.Invoke(services);
        }, values));
    }

    public Task<SubscriptionRow> SubscribeAsync(string url, SubscriptionFilter? filter = null) =>
        Services.GetRequiredService<SubscriptionService>().CreateAsync(
            new SubscriptionRequest(new Uri(url), [WebhookEventTypes.TierChanged], filter), CancellationToken.None);

    /// <summary>Runs deliveries round by round, moving the clock to each next due time, until none is pending.</summary>
    public async Task RunUntilIdleAsync()
    {
        var service = Services.GetRequiredService<WebhookDeliveryService>();
        while (Scheduler.NextDueAt is { } due)
        {
            if (due > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(due);
            }

            await Scheduler.RunDueAsync(service, CancellationToken.None);
        }
    }

    public async Task<List<DeliveryAttemptRow>> AttemptsAsync(SubscriptionRow subscription) =>
        (await Services.GetRequiredService<DeliveryLogStore>().ReadAttemptsAsync(subscription.RowKey, 100, CancellationToken.None))
            .OrderBy(row => row.AttemptedAt).ToList();

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
