using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// POSTs one signed delivery with a timeout, reads at most the configured bytes of the answer, and reports
/// the outcome rather than throwing. Redirects are not followed (the handler is built without them) and each
/// connection goes through <see cref="TargetUrlGuard"/>.
/// </summary>
public sealed class WebhookSender(HttpClient http, IOptions<WebhookOptions> options)
{
    public const string HttpClientName = "webhooks";

    public async Task<AttemptOutcome> SendAsync(
        Uri url,
        string messageId,
        DateTimeOffset timestamp,
        byte[] body,
        string secret,
        CancellationToken cancellationToken)
    {
        var unixSeconds = timestamp.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", unixSeconds.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(secret, messageId, unixSeconds, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);
            await ReadCappedAsync(response.Content, options.Value.MaxResponseBytes, timeout.Token).ConfigureAwait(false);
            return new AttemptOutcome((int)response.StatusCode, ElapsedMs(started), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptOutcome(null, ElapsedMs(started), $"timeout after {options.Value.TimeoutSeconds} s");
        }
        catch (HttpRequestException ex)
        {
            var error = ex.InnerException is TargetRefusedException refused ? refused.Message : ex.HttpRequestError.ToString();
            return new AttemptOutcome(null, ElapsedMs(started), error);
        }
    }

    /// <summary>Reads and drops at most <paramref name="maxBytes"/> of the body; the rest is never read.</summary>
    private static async Task ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[Math.Min(maxBytes, 4096) + 1];
            var total = 0;
            int read;
            while (total < maxBytes && (read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
        }
    }

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
