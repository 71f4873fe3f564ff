using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RelationshipFunctions.Observability;

namespace RelationshipFunctions.Functions.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>
    /// OpenTelemetry for requests, dependencies (Azure SDK and HTTP calls), logs and the product's metrics
    /// (<see cref="ProductMetrics"/>), exported to Application Insights when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, with Entra ID authentication when
    /// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> is set too. Without it nothing is exported.
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration[ConnectionStringSetting];
        var builder = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource("Azure.*").AddHttpClientSource())
            .WithMetrics(metrics => metrics.AddMeter(ProductMetrics.MeterName));
        if (string.IsNullOrEmpty(connectionString))
        {
            return services;
        }

        var useEntra = !string.IsNullOrEmpty(configuration[AuthenticationSetting]);
        void Configure(AzureMonitorExporterOptions options)
        {
            options.ConnectionString = connectionString;
            if (useEntra)
            {
                options.Credential = new DefaultAzureCredential();
            }
        }

        builder.WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(Configure))
            .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(Configure));
        services.AddLogging(logging => logging.AddOpenTelemetry(otel => otel.AddAzureMonitorLogExporter(Configure)));
        return services;
    }

    private static TracerProviderBuilder AddHttpClientSource(this TracerProviderBuilder tracing) =>
        tracing.AddSource("System.Net.Http");
}
