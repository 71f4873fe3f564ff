using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Runner;
using RelationshipFunctions.Delivery;

/// <summary>
/// Webhook deliveries per second to a Kestrel receiver on 127.0.0.1: the product's path (subscription
/// lookup, signing, guarded POST, delivery-log write in Azurite) against bare POSTs of the same bodies.
/// </summary>
internal static class DeliveryBenchmark
{
    public static async Task RunAsync(int events, int subscriptionCount, int rounds, string connection)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var receiver = builder.Build();
        var received = 0;
        receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref received);
            return Results.NoContent();
        });
        await receiver.StartAsync();
        var url = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

        Console.WriteLine($"Deliveries per round: {events} events x {subscriptionCount} subscriptions; rounds: {rounds}; receiver: {url}");
        Console.WriteLine("round  ours deliveries/s  bare POSTs/s  ours/bare");
        var ratios = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var before = received;
            var ours = await OursAsync(url, events, subscriptionCount, connection);
            var bare = await BareAsync(url, events * subscriptionCount);
            if (received - before != 2 * events * subscriptionCount)
            {
                throw new InvalidOperationException("The receiver did not get every delivery.");
            }

            ratios.Add(ours / bare);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round,5}  {ours,17:N0}  {bare,12:N0}  {ours / bare,9:0.00}"));
        }

        ratios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median ours/bare: {ratios[ratios.Count / 2]:0.00}"));
    }

    private static async Task<double> OursAsync(string url, int events, int subscriptionCount, string connection)
    {
        await using var services = RunnerHost.Build(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connection,
            ["Storage:Prefix"] = "bw" + Guid.NewGuid().ToString("N")[..8],
            ["Delivery:RequireHttps"] = "false",
            ["Delivery:AllowLoopback"] = "true",
        });
        var subscriptions = services.GetRequiredService<SubscriptionService>();
        for (var i = 0; i < subscriptionCount; i++)
        {
            await subscriptions.CreateAsync(new SubscriptionRequest(new Uri(url), [WebhookEventTypes.TierChanged]), CancellationToken.None);
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var changes = Enumerable.Range(0, events).Select(i => new TierChangeEvent(
            $"tc_bench{i:D6}", TierChangeEvent.TierChangedType, now, $"c-{i}", "silver", "gold", 70, "bench", now, "rbench")).ToList();
        await services.GetRequiredService<ITierChangePublisher>().PublishAsync(changes, CancellationToken.None);
        var scheduler = services.GetRequiredService<InProcessDeliveryScheduler>();

        var started = Stopwatch.GetTimestamp();
        var delivered = await scheduler.RunDueAsync(services.GetRequiredService<WebhookDeliveryService>(), CancellationToken.None);
        return delivered / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<double> BareAsync(string url, int count)
    {
        using var http = new HttpClient();
        var body = WebhookPayload.Serialize(new TierChangeEvent(
            "tc_bare", TierChangeEvent.TierChangedType, DateTimeOffset.UnixEpoch, "c-1", "silver", "gold", 70, "bench",
            DateTimeOffset.UnixEpoch, "r"));
        var started = Stopwatch.GetTimestamp();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = InProcessDeliveryScheduler.MaxParallelDeliveries };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (_, ct) =>
        {
            using var content = new ByteArrayContent(body);
            using var response = await http.PostAsync(new Uri(url), content, ct);
            response.EnsureSuccessStatusCode();
        });
        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
