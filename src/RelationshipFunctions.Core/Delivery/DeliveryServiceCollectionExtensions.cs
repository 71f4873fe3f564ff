using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RelationshipFunctions.Notifications;

namespace RelationshipFunctions.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions, signed delivery, retries and the delivery log; tier changes are published as deliveries.
    /// The host adds the <see cref="IDeliveryScheduler"/>: Service Bus in Azure, <see cref="InProcessDeliveryScheduler"/> elsewhere.
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                options => options.FirstRetrySeconds <= options.MaxRetrySeconds,
                "Delivery:FirstRetrySeconds must not exceed Delivery:MaxRetrySeconds.")
            .ValidateOnStart();
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<TargetUrlGuard>();
        services.AddSingleton<WebhookTables>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<DeliveryLogStore>();
        services.AddSingleton<SubscriptionService>();
        services.AddSingleton(provider => new RetrySchedule(provider.GetRequiredService<IOptions<WebhookOptions>>(), Random.Shared));
        services.AddSingleton<WebhookDeliveryService>();
        services.AddSingleton<WebhookFanOut>();
        services.AddSingleton<WebhookReplay>();
        services.Replace(ServiceDescriptor.Singleton<ITierChangePublisher>(provider => provider.GetRequiredService<WebhookFanOut>()));
        services.AddHttpClient<WebhookSender>(WebhookSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => GuardedHandler(provider.GetRequiredService<TargetUrlGuard>()));
        return services;
    }

    /// <summary>No redirects, no proxy, and every connection checked against the guard at the moment it is made.</summary>
    private static SocketsHttpHandler GuardedHandler(TargetUrlGuard guard) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var address = await guard.AddressOfAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
