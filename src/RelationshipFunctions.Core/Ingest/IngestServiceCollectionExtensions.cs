using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Import;
using RelationshipFunctions.Ingest.Quarantine;

namespace RelationshipFunctions.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>The ingestion service shared by every channel, the queue handler with its quarantine, and imports.</summary>
    public static IServiceCollection AddSignalIngestion(this IServiceCollection services)
    {
        services.AddSingleton<SignalIngestionService>();
        services.AddSingleton<QuarantineStore>();
        services.AddSingleton<SignalQueueHandler>();
        services.AddSingleton<PurchaseImporter>();
        return services;
    }
}
