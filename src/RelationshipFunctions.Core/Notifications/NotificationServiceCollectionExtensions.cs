using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RelationshipFunctions.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// The queue tier changes travel on. Delivery itself (subscriptions, signing, retries) is registered by
    /// <c>AddDelivery</c>, which supplies the <see cref="ITierChangePublisher"/>.
    /// </summary>
    public static IServiceCollection AddTierChangeNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
