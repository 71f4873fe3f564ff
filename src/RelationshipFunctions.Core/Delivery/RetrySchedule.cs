using Microsoft.Extensions.Options;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// Exponential backoff with jitter: the retry after attempt n waits FirstRetrySeconds * 2^(n-1), capped at
/// MaxRetrySeconds, then multiplied by a random factor in [0.8, 1.2). With the defaults the 14 retries span
/// about 24 hours. The factor of two outgrows the jitter, so uncapped delays always grow.
/// </summary>
public sealed class RetrySchedule(IOptions<WebhookOptions> options, Random random)
{
    /// <summary>The delay before the attempt after <paramref name="attempt"/>, or null when none is left.</summary>
    public TimeSpan? DelayAfter(int attempt)
    {
        var settings = options.Value;
        if (attempt >= settings.MaxAttempts)
        {
            return null;
        }

        var seconds = Math.Min(settings.FirstRetrySeconds * Math.Pow(2, attempt - 1), settings.MaxRetrySeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.4 * random.NextDouble())));
    }
}
