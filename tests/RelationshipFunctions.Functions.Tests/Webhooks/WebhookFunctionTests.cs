using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Functions.Webhooks;
using RelationshipFunctions.Runner;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Tests.Webhooks;
using RelationshipFunctions.Webhooks;

namespace RelationshipFunctions.Tests.Webhooks;

/// <summary>The webhook function class invoked directly, and through the runner's serve and replay commands.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class WebhookFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunAsync_SendGridBatchOf1000PostedTwice_StoresExactlyTheSignalsOfOneDelivery()
    {
        var kit = new SendGridKit();
        await using var services = Services(kit);
        var function = services.GetRequiredService<WebhookFunction>();
        var at = TestServices.Now.AddHours(-1);
        string[] kinds = ["delivered", "open", "click", "open_machine", "deferred"];
        var events = Enumerable.Range(0, 1000)
            .Select(i => kit.EventJson(kinds[i % kinds.Length], $"subscriber{i % 400:000}@harbourlane.biz", at.AddSeconds(-i), $"sg-evt-{i}"))
            .ToList();

        var first = Result(await function.RunAsync(Request(kit.Deliver(events)), "sendgrid", CancellationToken.None));
        var second = Result(await function.RunAsync(Request(kit.Deliver(events)), "SendGrid", CancellationToken.None));

        // 1,000 events: 600 signals (delivered, open, click), 200 machine opens and 200 deferrals ignored.
        Assert.Equal((1000, 600, 0, 400), (first.Received, first.Accepted, first.Duplicates, first.Ignored));
        Assert.Equal((1000, 0, 600, 400), (second.Received, second.Accepted, second.Duplicates, second.Ignored));
        Assert.Equal(200, first.IgnoredTypes["open:machine"]);
        Assert.Equal(600, await services.GetRequiredService<SignalStore>().CountAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("sparkpost", "application/json", 404)]
    [InlineData("sendgrid", "text/plain", 415)]
    [InlineData("sendgrid", "application/json", 401)]
    public async Task RunAsync_BadRequests_AnswerProblemDetails(string platform, string contentType, int status)
    {
        var kit = new SendGridKit();
        await using var services = Services(kit);
        var function = services.GetRequiredService<WebhookFunction>();
        var request = kit.DeliverRaw("[]", Signing.Wrong);
        request.ContentType = contentType;

        var answer = Assert.IsType<ObjectResult>(await function.RunAsync(Request(request), platform, CancellationToken.None));

        Assert.Equal(status, answer.StatusCode);
        Assert.IsType<ProblemDetails>(answer.Value);
        Assert.Contains("application/problem+json", answer.ContentTypes);
    }

    [Fact]
    public async Task RunAsync_OversizedBody_Answers413BeforeReadingIt()
    {
        var kit = new SendGridKit();
        await using var services = Services(kit);
        var request = kit.DeliverRaw("[]");
        request.Body = new byte[WebhookProcessor.MaxBodyBytes + 10];

        var answer = Assert.IsType<ObjectResult>(await services.GetRequiredService<WebhookFunction>().RunAsync(Request(request), "sendgrid", CancellationToken.None));

        Assert.Equal(413, answer.StatusCode);
    }

    [Fact]
    public async Task Replay_CapturedZendeskRequest_PrintsStatusAndCountsAndIsIdempotent()
    {
        var kit = new ZendeskKit();
        var settings = RunnerSettings(kit);
        var delivery = kit.Deliver([kit.EventJson("trigger_created", "ines.vautrin@copperkettle.biz", TestServices.Now.AddHours(-2)), kit.EventJson("status_pending", "x@copperkettle.biz", TestServices.Now)]);
        var folder = Directory.CreateTempSubdirectory("rf-replay-");
        var headers = Path.Combine(folder.FullName, "headers.txt");
        var body = Path.Combine(folder.FullName, "body.json");
        await File.WriteAllLinesAsync(headers, ["POST /api/webhooks/zendesk HTTP/1.1", "Content-Type: application/json", .. delivery.Headers.Select(h => $"{h.Key}: {h.Value}")]);
        await File.WriteAllBytesAsync(body, delivery.Body);
        var at = TestServices.Now.ToString("O", CultureInfo.InvariantCulture);
        var output = new StringWriter();

        var first = await RunnerApp.RunAsync(["replay", "zendesk", "--headers", headers, "--body", body, "--at", at], output, settings);
        var again = await RunnerApp.RunAsync(["replay", "zendesk", "--headers", headers, "--body", body, "--at", at], output, settings);
        var stale = await RunnerApp.RunAsync(["replay", "zendesk", "--headers", headers, "--body", body], output, settings);

        Assert.Equal((0, 0, 4), (first, again, stale));
        var text = output.ToString();
        Assert.Contains("received: 2, accepted: 1, duplicate: 0, ignored: 1, quarantined: 0", text, StringComparison.Ordinal);
        Assert.Contains("ignored ticket.status_changed:pending: 1", text, StringComparison.Ordinal);
        Assert.Contains("received: 2, accepted: 0, duplicate: 1, ignored: 1, quarantined: 0", text, StringComparison.Ordinal);
        Assert.Contains("status: 401", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PlatformKit.Secret, text, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Serve_AnswersWebhooksAndSignalsOnLoopback()
    {
        var kit = new PostmarkKit();
        var settings = RunnerSettings(kit);
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = new StringWriter();
        var serving = RunnerApp.RunAsync(["serve", "--port", port.ToString(CultureInfo.InvariantCulture)], TextWriter.Synchronized(output), settings, stop.Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        await WaitForAsync(client, serving);

        // The events happened an hour before the real clock: serve runs on the system clock.
        var delivery = kit.Deliver([kit.EventJson("Delivery", "gaspard.ollier@sorrelhill.biz", DateTimeOffset.UtcNow.AddHours(-1))]);
        using var webhook = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/postmark") { Content = new ByteArrayContent(delivery.Body) };
        webhook.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        webhook.Headers.TryAddWithoutValidation("Authorization", delivery.Headers["Authorization"]);
        using var answer = await client.SendAsync(webhook);
        using var unauthorized = await client.PostAsync("/api/webhooks/postmark", new StringContent(Encoding.UTF8.GetString(delivery.Body), Encoding.UTF8, "application/json"));
        using var unknown = await client.PostAsync("/api/webhooks/sparkpost", new StringContent("[]", Encoding.UTF8, "application/json"));
        var signal = $$"""[{"customerId":"c-serve-1","type":"purchase","occurredAt":"{{DateTimeOffset.UtcNow.AddHours(-1):O}}","source":"shop","sourceEventId":"o-1","value":12.5}]""";
        using var signals = await client.PostAsync("/api/signals", new StringContent(signal, Encoding.UTF8, "application/json"));
        await stop.CancelAsync();
        var exit = await serving;

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal(1, json.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("application/problem+json", unauthorized.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, signals.StatusCode);
        Assert.Equal(0, exit);
        Assert.Contains($"Listening on http://127.0.0.1:{port}", output.ToString(), StringComparison.Ordinal);
    }

    private ServiceProvider Services(PlatformKit kit)
    {
        var settings = kit.Settings();
        settings[CustomerIdentity.KeySetting] = WebhookHarness.PseudonymKey;
        return TestServices.Create(azurite, services => services.AddWebhooks().AddSingleton<WebhookFunction>(), settings);
    }

    private Dictionary<string, string?> RunnerSettings(PlatformKit kit)
    {
        var settings = kit.Settings();
        settings["Storage:ConnectionString"] = azurite.ConnectionString;
        settings["Storage:Prefix"] = AzuriteFixture.NewPrefix();
        settings[CustomerIdentity.KeySetting] = WebhookHarness.PseudonymKey;
        return settings;
    }

    private static HttpRequest Request(WebhookRequestBuilder delivery)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        var uri = new Uri(delivery.Url);
        request.Method = delivery.Method;
        request.Scheme = uri.Scheme;
        request.Host = HostString.FromUriComponent(uri);
        request.Path = uri.AbsolutePath;
        request.QueryString = new QueryString(uri.Query);
        request.ContentType = delivery.ContentType;
        foreach (var (name, value) in delivery.Headers)
        {
            request.Headers[name] = value;
        }

        request.Body = new MemoryStream(delivery.Body);
        return request;
    }

    private static WebhookResult Result(IActionResult result)
    {
        var answer = Assert.IsType<ObjectResult>(result);
        Assert.Equal(200, answer.StatusCode);
        return Assert.IsType<WebhookResult>(answer.Value);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForAsync(HttpClient client, Task<int> serving)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (serving.IsCompleted)
            {
                throw new InvalidOperationException($"serve stopped with {await serving}.");
            }

            try
            {
                using var probe = await client.GetAsync("/api/webhooks/sendgrid");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException("serve did not start listening.");
    }
}
