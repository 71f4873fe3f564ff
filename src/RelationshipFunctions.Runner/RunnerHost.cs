using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Runner;

/// <summary>
/// The same services as the Functions app, wired for a console: settings from environment variables
/// (<c>Storage__ConnectionString</c> and so on) over local defaults (Azurite), tier changes delivered in process.
/// </summary>
public static class RunnerHost
{
    public static ServiceProvider Build(IDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
                ["Scoring:ModelPath"] = "scoring-model.json",
            })
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(options => options.SingleLine = true)
            .SetMinimumLevel(LogLevel.Warning));
        services.AddRelationshipStorage(configuration);
        services.AddSignalIngestion();
        services.AddScoring(configuration);
        services.AddSnapshots(configuration);
        services.AddTierChangeNotifications(configuration);
        services.AddSingleton<ITierChangePublisher, InProcessTierChangePublisher>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
