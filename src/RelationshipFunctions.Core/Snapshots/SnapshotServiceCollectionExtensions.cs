using Microsoft.Extensions.DependencyInjection;

namespace RelationshipFunctions.Snapshots;

public static class SnapshotServiceCollectionExtensions
{
    public static IServiceCollection AddSnapshots(this IServiceCollection services)
    {
        services.AddSingleton<SnapshotWriter>();
        services.AddSingleton<SnapshotReader>();
        return services;
    }
}
