using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RelationshipFunctions.Delivery;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Tests.Testing;

/// <summary>The product's real services against Azurite, under a fresh storage prefix and a fake clock.</summary>
public static class TestServices
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    public static ServiceProvider Create(
        AzuriteFixture azurite,
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = AzuriteFixture.NewPrefix(),
            ["Scoring:ModelPath"] = Path.Combine(RepositoryRoot.Find(), "scoring-model.json"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddRelationshipStorage(configuration);
        services.AddSignalIngestion();
        services.AddScoring(configuration);
        services.AddSnapshots(configuration);
        services.AddTierChangeNotifications(configuration);
        services.AddDelivery(configuration);
        services.AddSingleton<InProcessDeliveryScheduler>();
        services.AddSingleton<IDeliveryScheduler>(provider => provider.GetRequiredService<InProcessDeliveryScheduler>());
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
