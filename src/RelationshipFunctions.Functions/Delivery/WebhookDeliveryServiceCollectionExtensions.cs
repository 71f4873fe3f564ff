using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Functions.Delivery;

public static class WebhookDeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Webhook subscriptions and delivery, with retries as Service Bus scheduled messages on the
    /// <c>tier-changes</c> queue. Call after <c>AddServiceBusPublishing</c>, whose client it shares.
    /// </summary>
    public static IServiceCollection AddWebhookDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDelivery(configuration);
        services.AddSingleton<IDeliveryScheduler>(provider => new ServiceBusDeliveryScheduler(
            provider.GetRequiredService<ServiceBusClient>()
                .CreateSender(provider.GetRequiredService<IOptions<NotificationOptions>>().Value.QueueName),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
