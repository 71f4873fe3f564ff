using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RelationshipFunctions.Delivery;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Functions.Ingest;
using RelationshipFunctions.Functions.Webhooks;
using RelationshipFunctions.Webhooks;

namespace RelationshipFunctions.Runner;

/// <summary>
/// The same services as the Functions app, wired for a console: settings from environment variables
/// (<c>Storage__ConnectionString</c> and so on) over local defaults (Azurite), tier changes delivered in process.
/// </summary>
public static class RunnerHost
{
    public static ServiceProvider Build(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = Configuration(overrides);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(options => options.SingleLine = true)
            .SetMinimumLevel(LogLevel.Warning));
        AddServices(services, configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>Environment variables over local defaults (Azurite), then the caller's overrides.</summary>
    public static IConfigurationRoot Configuration(IDictionary<string, string?>? overrides = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
                ["Scoring:ModelPath"] = "scoring-model.json",
            })
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();

    /// <summary>The product's services and the very function classes the Functions host runs.</summary>
    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRelationshipStorage(configuration);
        services.AddSignalIngestion();
        services.AddWebhooks();
        services.AddScoring(configuration);
        services.AddSnapshots(configuration);
        services.AddTierChangeNotifications(configuration);
        services.AddDelivery(configuration);
        services.AddSingleton<InProcessDeliveryScheduler>();
        services.AddSingleton<IDeliveryScheduler>(provider => provider.GetRequiredService<InProcessDeliveryScheduler>());
        services.AddSingleton<SignalsFunction>();
        services.AddSingleton<WebhookFunction>();
    }
}
