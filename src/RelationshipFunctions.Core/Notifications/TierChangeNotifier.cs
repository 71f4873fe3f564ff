using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RelationshipFunctions.Notifications;

/// <summary>
/// Posts one tier change to every configured downstream URL, each with a timeout. Any non-2xx answer,
/// timeout or connection failure throws <see cref="DeliveryFailedException"/> so that the queue retries.
/// </summary>
public sealed class TierChangeNotifier(
    HttpClient http,
    IOptions<NotificationOptions> options,
    ILogger<TierChangeNotifier> logger)
{
    public const string HttpClientName = "tier-change-delivery";

    public async Task DeliverAsync(TierChangeEvent change, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var urls = options.Value.DownstreamUrls;
        var failures = new List<string>();
        foreach (var url in urls)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            try
            {
                using var response = await http.PostAsJsonAsync(url, change, timeout.Token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    logger.EndpointRejected(url.Host, change.Id, (int)response.StatusCode);
                    failures.Add($"{url.Host}: HTTP {(int)response.StatusCode}");
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                logger.EndpointFailed(url.Host, change.Id, "timeout");
                failures.Add($"{url.Host}: timed out after {options.Value.TimeoutSeconds} s");
            }
            catch (HttpRequestException ex)
            {
                var kind = ex.HttpRequestError.ToString();
                logger.EndpointFailed(url.Host, change.Id, kind);
                failures.Add($"{url.Host}: {kind}");
            }
        }

        if (failures.Count > 0)
        {
            throw new DeliveryFailedException($"Tier change {change.Id} was not accepted by: {string.Join(", ", failures)}.");
        }

        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.Delivered(change.Id, urls.Count, elapsedMs);
    }
}
