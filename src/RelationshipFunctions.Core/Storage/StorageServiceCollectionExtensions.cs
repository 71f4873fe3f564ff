using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RelationshipFunctions.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Table and Blob clients: identity-based when <c>Storage:TableServiceUri</c> and
    /// <c>Storage:BlobServiceUri</c> are set (Azure), otherwise from <c>Storage:ConnectionString</c> (Azurite).
    /// </summary>
    public static IServiceCollection AddRelationshipStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                options => (options.TableServiceUri is null) == (options.BlobServiceUri is null),
                "Storage:TableServiceUri and Storage:BlobServiceUri must be set together (identity access) or both left empty.")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var layout = new StorageLayout(options.Prefix);
            if (options.TableServiceUri is { } tableUri && options.BlobServiceUri is { } blobUri)
            {
                var credential = new DefaultAzureCredential();
                return new StorageClients(new TableServiceClient(tableUri, credential), new BlobServiceClient(blobUri, credential), layout);
            }

            return new StorageClients(
                new TableServiceClient(options.ConnectionString),
                new BlobServiceClient(options.ConnectionString),
                layout);
        });
        services.AddSingleton<SignalStore>();
        services.AddSingleton<CustomerStore>();
        services.AddSingleton<OverrideStore>();
        services.AddSingleton<TierChangeOutbox>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
