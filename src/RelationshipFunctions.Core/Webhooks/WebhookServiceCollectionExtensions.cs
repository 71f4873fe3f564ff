using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RelationshipFunctions.Webhooks.Platforms;

namespace RelationshipFunctions.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>The webhook processor with every platform adapter. Needs <c>AddSignalIngestion</c> and storage.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CustomerIdentity>();
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<WebhookProcessor>();
        foreach (var adapter in AllAdapters())
        {
            services.AddSingleton<IWebhookAdapter>(adapter);
        }

        return services;
    }

    /// <summary>Every platform, in the order of the documentation.</summary>
    public static IReadOnlyList<IWebhookAdapter> AllAdapters() =>
    [
        new SendGridAdapter(), new MailgunAdapter(), new PostmarkAdapter(), new MailchimpAdapter(), new MandrillAdapter(),
        new BrevoAdapter(), new ZendeskAdapter(), new FreshdeskAdapter(), new IntercomAdapter(), new HelpScoutAdapter(),
        new HubSpotAdapter(),
    ];
}
