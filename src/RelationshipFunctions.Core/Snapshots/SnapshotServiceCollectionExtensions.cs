using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RelationshipFunctions.Snapshots;

public static class SnapshotServiceCollectionExtensions
{
    /// <summary>Snapshot writing, reading, deltas, retention and read-only links, with <c>Snapshots:*</c> options validated at start-up.</summary>
    public static IServiceCollection AddSnapshots(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SnapshotOptions>()
            .Bind(configuration.GetSection(SnapshotOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SnapshotWriter>();
        services.AddSingleton<SnapshotReader>();
        services.AddSingleton<SnapshotCatalog>();
        services.AddSingleton<SnapshotRetention>();
        services.AddSingleton<SnapshotDelta>();
        services.AddSingleton<ISnapshotLinks, BlobSasLinks>();
        return services;
    }
}
