using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Functions.Ingest;
using RelationshipFunctions.Functions.Webhooks;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Runner;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Webhooks;
using RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// A signed 1,000-event SendGrid delivery through the webhook function (verify, parse, map, pseudonymise,
/// store) against the same 1,000 signals posted to /api/signals, each round into fresh tables in Azurite.
/// </summary>
internal static class WebhookBenchmark
{
    private const int Events = 1000;

    public static async Task RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var connection = Environment.GetEnvironmentVariable("Storage__ConnectionString") ?? "UseDevelopmentStorage=true";
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        const string pseudonymKey = "benchmark-pseudonym-key";
        var identity = new CustomerIdentity(pseudonymKey);
        var now = TimeProvider.System.GetUtcNow();
        string[] kinds = ["delivered", "open", "click"];
        var emails = Enumerable.Range(0, Events).Select(i => $"reader{i % 400:000}@brambleway.biz").ToList();
        var times = Enumerable.Range(0, Events).Select(i => now.AddMinutes(-30).AddSeconds(-i)).ToList();
        var sendGrid = "[" + string.Join(",", Enumerable.Range(0, Events).Select(i =>
            $$"""{"email":"{{emails[i]}}","timestamp":{{times[i].ToUnixTimeSeconds()}},"event":"{{kinds[i % 3]}}","sg_event_id":"sg-{{i}}","sg_message_id":"msg-{{i % 97}}.filter0001","category":["newsletter"]{{(i % 3 == 2 ? ",\"url\":\"https://shop.brambleway.biz/p/" + i + "\"" : string.Empty)}}""" + "}")) + "]";
        string[] types = [SignalTypes.EmailDelivered, SignalTypes.EmailOpen, SignalTypes.EmailClick];
        var signals = "[" + string.Join(",", Enumerable.Range(0, Events).Select(i =>
            $$"""{"customerId":"{{identity.ForEmail(emails[i])}}","type":"{{types[i % 3]}}","occurredAt":"{{times[i]:yyyy-MM-dd'T'HH:mm:ss'Z'}}","source":"sendgrid","sourceEventId":"sg-{{i}}","attributes":{"category":"newsletter"}""" + "}")) + "]";
        var webhookBody = Encoding.UTF8.GetBytes(sendGrid);
        var signalsBody = Encoding.UTF8.GetBytes(signals);

        Console.WriteLine($"Events per batch: {Events:N0}; rounds: {rounds}; storage: Azurite ({connection.Split(';')[0]})");
        Console.WriteLine("round  webhook ms  webhook ev/s  signals ms  signals ev/s  webhook/signals");
        var rows = new List<(double Webhook, double Signals)>();
        for (var round = 1; round <= rounds; round++)
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = connection,
                ["Storage:Prefix"] = "bw" + Guid.NewGuid().ToString("N")[..8],
                ["Webhooks:SendGrid:Secrets:0"] = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
                [CustomerIdentity.KeySetting] = pseudonymKey,
            };
            await using var webhookServices = RunnerHost.Build(settings);
            await webhookServices.GetRequiredService<StorageClients>().EnsureCreatedAsync(CancellationToken.None);
            var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var signature = Convert.ToBase64String(key.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. webhookBody], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
            var webhookRequest = Request("/api/webhooks/sendgrid", webhookBody);
            webhookRequest.Headers[SendGridAdapter.SignatureHeader] = signature;
            webhookRequest.Headers[SendGridAdapter.TimestampHeader] = timestamp;
            var started = Stopwatch.GetTimestamp();
            var webhook = (ObjectResult)await webhookServices.GetRequiredService<WebhookFunction>().RunAsync(webhookRequest, "sendgrid", CancellationToken.None);
            var webhookMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (webhook.Value is not WebhookResult { Accepted: Events })
            {
                throw new InvalidOperationException($"The webhook stored fewer than {Events} signals: {webhook.StatusCode}.");
            }

            settings["Storage:Prefix"] = "bs" + Guid.NewGuid().ToString("N")[..8];
            await using var signalServices = RunnerHost.Build(settings);
            await signalServices.GetRequiredService<StorageClients>().EnsureCreatedAsync(CancellationToken.None);
            started = Stopwatch.GetTimestamp();
            var stored = (ObjectResult)await signalServices.GetRequiredService<SignalsFunction>().RunAsync(Request("/api/signals", signalsBody), CancellationToken.None);
            var signalsMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (stored.Value is not IngestReport { Accepted: Events })
            {
                throw new InvalidOperationException($"/api/signals stored fewer than {Events} signals: {stored.StatusCode}.");
            }

            rows.Add((webhookMs, signalsMs));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{round,5}  {webhookMs,10:N0}  {Events / webhookMs * 1000,12:N0}  {signalsMs,10:N0}  {Events / signalsMs * 1000,12:N0}  {webhookMs / signalsMs,15:0.00}"));
        }

        var webhookMedian = rows.Select(r => r.Webhook).Order().ElementAt(rows.Count / 2);
        var signalsMedian = rows.Select(r => r.Signals).Order().ElementAt(rows.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median: webhook {webhookMedian:N0} ms ({Events / webhookMedian * 1000:N0} events/s), /api/signals {signalsMedian:N0} ms ({Events / signalsMedian * 1000:N0} events/s)"));
    }

    private static HttpRequest Request(string path, byte[] body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 7071);
        context.Request.Path = path;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(body);
        return context.Request;
    }
}
