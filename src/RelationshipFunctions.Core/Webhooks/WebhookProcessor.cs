using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Ingest.Quarantine;

namespace RelationshipFunctions.Webhooks;

/// <summary>
/// The one path of every platform webhook: content type, secret, signature and timestamp on the raw bytes,
/// then the platform's events, each resolved to a customer and an idempotency key, stored as one batch
/// through <see cref="SignalIngestionService"/> (entity-group transactions), unusable events quarantined,
/// the rest counted. Every rejection is counted per platform and reason.
/// </summary>
public sealed class WebhookProcessor(
    IEnumerable<IWebhookAdapter> adapters,
    IConfiguration configuration,
    CustomerIdentity identity,
    SignalIngestionService ingestion,
    QuarantineStore quarantine,
    WebhookMetrics metrics,
    TimeProvider clock,
    ILogger<WebhookProcessor> logger)
{
    /// <summary>
    /// No platform event happened before 2000: an earlier time is a small number read as epoch seconds or a
    /// placeholder, and the event is quarantined rather than scored as a purchase-era relic.
    /// </summary>
    public static readonly DateTimeOffset EarliestEventTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The largest body accepted, as for <c>/api/signals</c>.</summary>
    public const int MaxBodyBytes = SignalLimits.MaxBodyBytes;

    /// <summary>The most events accepted in one delivery.</summary>
    public const int MaxEvents = SignalLimits.MaxItemsPerBatch;

    private readonly Dictionary<string, IWebhookAdapter> _adapters =
        adapters.ToDictionary(adapter => adapter.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>The route names of every platform.</summary>
    public IReadOnlyCollection<string> Platforms => _adapters.Keys;

    public bool TryGetAdapter(string? platform, out IWebhookAdapter adapter) =>
        _adapters.TryGetValue(platform ?? string.Empty, out adapter!);

    /// <summary>Counts a rejection decided before the processor saw the request (unknown platform, oversized body).</summary>
    public WebhookResponse Reject(string platform, int status, string reason, string title, string detail)
    {
        metrics.Rejected(platform, reason);
        logger.DeliveryRejected(platform, status, reason);
        return WebhookResponse.Problem(status, title, detail);
    }

    public async Task<WebhookResponse> ProcessAsync(string platformName, WebhookRequest request, CancellationToken cancellationToken)
    {
        if (!TryGetAdapter(platformName, out var adapter))
        {
            return Reject("unknown", 404, "unknown_platform", "Not found",
                $"No webhook for this platform. Known platforms: {string.Join(", ", _adapters.Keys.Order(StringComparer.Ordinal))}.");
        }

        var platform = adapter.Platform;
        if (request.Method is "GET" or "HEAD")
        {
            // Mailchimp validates a new webhook URL with a GET, Mandrill with a HEAD: answer 200, store nothing.
            return new WebhookResponse(200, Empty(platform));
        }

        if (request.Body.Length > MaxBodyBytes)
        {
            return Reject(platform, 413, "too_large", "The request body is too large", $"The body is larger than {MaxBodyBytes} bytes.");
        }

        if (!ContentTypeFits(adapter.BodyKind, request.MediaType))
        {
            var expected = adapter.BodyKind == WebhookBodyKind.Json ? "application/json" : "application/x-www-form-urlencoded";
            return Reject(platform, 415, "unsupported_content_type", "Unsupported content type", $"This platform's deliveries are {expected}.");
        }

        var settings = WebhookSettings.From(configuration, adapter.SettingsName);
        if (settings.Secrets.Count == 0)
        {
            return Reject(platform, 503, "not_configured", "Webhook not configured",
                $"No secret is configured for this platform: set Webhooks__{adapter.SettingsName}__Secrets__0.");
        }

        var now = clock.GetUtcNow();
        var auth = adapter.Authenticate(request, settings, now);
        switch (auth.Outcome)
        {
            case AuthOutcome.Valid:
                break;
            case AuthOutcome.TestDelivery:
                logger.TestDelivery(platform);
                return new WebhookResponse(200, Empty(platform));
            case AuthOutcome.Malformed:
                return Reject(platform, 400, auth.Reason, "The request body cannot be read", "The signature cannot be read from the body.");
            case AuthOutcome.NotConfigured:
                return Reject(platform, 503, auth.Reason, "Webhook not configured", "A setting this platform needs is missing.");
            default:
                return Reject(platform, 401, auth.Reason, "Unauthorized",
                    "The delivery's signature or secret does not match an active secret, or its timestamp is outside the tolerance.");
        }

        if (!identity.IsConfigured)
        {
            return Reject(platform, 503, "identity_not_configured", "Webhook not configured",
                $"Set {CustomerIdentity.KeySetting.Replace(":", "__", StringComparison.Ordinal)} to pseudonymise email addresses.");
        }

        WebhookPayload payload;
        try
        {
            payload = adapter.Read(request, now);
        }
        catch (WebhookBodyException ex)
        {
            return Reject(platform, 400, "malformed_body", "The request body cannot be read", ex.Message);
        }

        if (payload.Items.Count > MaxEvents)
        {
            return Reject(platform, 413, "too_many_events", "The request body is too large",
                $"The delivery has {payload.Items.Count} events; at most {MaxEvents} are accepted in one request.");
        }

        if (payload.IsTest)
        {
            logger.TestDelivery(platform);
            return new WebhookResponse(200, Empty(platform));
        }

        return new WebhookResponse(200, await StoreAsync(platform, payload.Items, now, cancellationToken).ConfigureAwait(false));
    }

    private async Task<WebhookResult> StoreAsync(string platform, IReadOnlyList<WebhookItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var ignored = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var bad = new List<(string Reason, string Raw)>();
        var parsed = new List<ParsedItem>(items.Count);
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case WebhookItemKind.Ignored:
                    Increment(ignored, item.Label);
                    break;
                case WebhookItemKind.Quarantined:
                    bad.Add((item.Label, item.Raw));
                    break;
                default:
                    var (signal, problem, test) = Resolve(platform, item.Draft!, now);
                    if (test)
                    {
                        Increment(ignored, "test");
                    }
                    else if (signal is null)
                    {
                        bad.Add((problem!, item.Raw));
                    }
                    else
                    {
                        parsed.Add(new ParsedItem(parsed.Count, signal, []));
                    }

                    break;
            }
        }

        var report = await ingestion.IngestAsync(parsed, "webhook:" + platform, cancellationToken).ConfigureAwait(false);
        await QuarantineAsync(platform, bad, cancellationToken).ConfigureAwait(false);

        var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (reason, _) in bad)
        {
            Increment(reasons, reason);
        }

        var ignoredCount = ignored.Values.Sum();
        var result = new WebhookResult(platform, false, items.Count, report.Accepted, report.Duplicates, ignoredCount, bad.Count, ignored, reasons);
        metrics.Events(platform, "accepted", result.Accepted);
        metrics.Events(platform, "duplicate", result.Duplicates);
        metrics.Events(platform, "ignored", result.Ignored);
        metrics.Events(platform, "quarantined", result.Quarantined);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.DeliveryProcessed(platform, result.Received, result.Accepted, result.Duplicates, result.Ignored, Describe(ignored),
            result.Quarantined, Describe(reasons), (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return result;
    }

    private (Signal? Signal, string? Problem, bool Test) Resolve(string platform, SignalDraft draft, DateTimeOffset now)
    {
        string? customerId;
        if (draft.Identity.Email is { } email && !string.IsNullOrWhiteSpace(email))
        {
            var normalized = CustomerIdentity.NormalizeEmail(email);
            if (normalized is null)
            {
                return (null, "invalid_email", false);
            }

            if (CustomerIdentity.IsReservedTestAddress(normalized))
            {
                return (null, null, true);
            }

            customerId = identity.ForEmail(normalized);
        }
        else
        {
            customerId = draft.Identity.PlatformUserId;
        }

        if (string.IsNullOrEmpty(customerId))
        {
            return (null, "no_identity", false);
        }

        if (draft.OccurredAt < EarliestEventTime || draft.OccurredAt > now + SignalLimits.FutureTolerance)
        {
            return (null, "impossible_time", false);
        }

        if (!SignalTypes.TryGet(draft.Type, out var type))
        {
            throw new InvalidOperationException($"An adapter produced the unknown signal type '{draft.Type}'.");
        }

        var value = draft.Value;
        if (value is { } v && (type.Value.Forbidden || v < type.Value.Min || v > type.Value.Max
            || (type.Value.WholeNumber && v != Math.Floor(v))))
        {
            if (type.Value.Required)
            {
                return (null, "value_out_of_range", false);
            }

            value = null;
        }

        if (type.Value.Required && value is null)
        {
            return (null, "no_value", false);
        }

        var occurredAt = draft.OccurredAt.ToUniversalTime();
        var key = string.Join('\n', draft.Type, customerId, occurredAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), draft.ContentKey);
        var sourceEventId = "h" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 20));
        return (new Signal(customerId, draft.Type, occurredAt, platform, sourceEventId, value, Attributes(draft.Attributes)), null, false);
    }

    private static Dictionary<string, string> Attributes(IReadOnlyDictionary<string, string>? attributes)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in attributes ?? new Dictionary<string, string>())
        {
            if (result.Count >= SignalLimits.MaxAttributes || string.IsNullOrWhiteSpace(value) || key.Length > SignalLimits.MaxAttributeKeyLength)
            {
                continue;
            }

            var clean = new string(value.Where(c => !char.IsControl(c)).ToArray());
            result[key] = clean.Length <= SignalLimits.MaxAttributeValueLength ? clean : clean[..SignalLimits.MaxAttributeValueLength];
        }

        return result;
    }

    private async Task QuarantineAsync(string platform, List<(string Reason, string Raw)> bad, CancellationToken cancellationToken)
    {
        var written = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            bad,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (entry, token) =>
            {
                // Keyed by the event's content, so that a resent bad event lands on the same row.
                var id = platform + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Raw)).AsSpan(0, 16));
                if (written.TryAdd(id, true))
                {
                    await quarantine.AddAsync("webhook:" + platform, id, entry.Raw, "application/json", entry.Reason, null, token)
                        .ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
    }

    private static bool ContentTypeFits(WebhookBodyKind kind, string mediaType) => kind switch
    {
        WebhookBodyKind.Json => mediaType is "application/json" or "text/json" || mediaType.EndsWith("+json", StringComparison.Ordinal),
        _ => mediaType == "application/x-www-form-urlencoded",
    };

    private static WebhookResult Empty(string platform) =>
        new(platform, true, 0, 0, 0, 0, 0, new Dictionary<string, int>(), new Dictionary<string, int>());

    private static void Increment(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;

    private static string Describe(SortedDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(pair => $"{pair.Key}: {pair.Value}"));
}
