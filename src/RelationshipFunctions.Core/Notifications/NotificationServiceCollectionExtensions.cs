using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RelationshipFunctions.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// The delivery side of tier changes. The host chooses the <see cref="ITierChangePublisher"/>:
    /// Service Bus in Azure, in-process in the runner.
    /// </summary>
    public static IServiceCollection AddTierChangeNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                options => options.DownstreamUrls.All(url => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)),
                "Notifications:DownstreamUrls must be absolute http or https URLs.")
            .ValidateOnStart();
        services.AddHttpClient<TierChangeNotifier>(TierChangeNotifier.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        return services;
    }
}
