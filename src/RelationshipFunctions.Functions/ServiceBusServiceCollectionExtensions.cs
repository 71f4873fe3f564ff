using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Notifications;

namespace RelationshipFunctions.Functions;

public static class ServiceBusServiceCollectionExtensions
{
    /// <summary>The setting that names the Service Bus connection, shared with the triggers.</summary>
    public const string ConnectionSetting = "ServiceBusConnection";

    /// <summary>
    /// The Service Bus client the delivery scheduler sends with: identity-based when
    /// <c>ServiceBusConnection__fullyQualifiedNamespace</c> is set, else from the connection string.
    /// </summary>
    public static IServiceCollection AddServiceBusPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ =>
        {
            var section = configuration.GetSection(ConnectionSetting);
            var fullyQualifiedNamespace = section["fullyQualifiedNamespace"];
            return string.IsNullOrEmpty(fullyQualifiedNamespace)
                ? new ServiceBusClient(configuration[ConnectionSetting]
                    ?? throw new InvalidOperationException($"Set {ConnectionSetting} or {ConnectionSetting}__fullyQualifiedNamespace."))
                : new ServiceBusClient(fullyQualifiedNamespace, new DefaultAzureCredential(
                    new DefaultAzureCredentialOptions { ManagedIdentityClientId = section["clientId"] }));
        });
        return services;
    }
}
