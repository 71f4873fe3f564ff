using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RelationshipFunctions.Tests.Testing;

/// <summary>
/// A real Kestrel receiver on 127.0.0.1 with one endpoint per behaviour: <c>/ok</c>, <c>/flaky</c> (503 twice,
/// then 200), <c>/down</c> (always 500), <c>/gone</c> (410) and <c>/slow</c> (answers after 10 s).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _flakyCalls;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver.Map();
        await receiver._app.StartAsync();
        receiver.BaseUrl = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    public IEnumerable<Received> At(string path) => Requests.Where(request => request.Path == path);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Map()
    {
        _app.MapPost("/ok", async (HttpRequest request) => Results.StatusCode(await RecordAsync(request, 204)));
        _app.MapPost("/flaky", async (HttpRequest request) =>
            Results.StatusCode(await RecordAsync(request, Interlocked.Increment(ref _flakyCalls) <= 2 ? 503 : 200)));
        _app.MapPost("/down", async (HttpRequest request) => Results.StatusCode(await RecordAsync(request, 500)));
        _app.MapPost("/gone", async (HttpRequest request) => Results.StatusCode(await RecordAsync(request, 410)));
        _app.MapPost("/slow", async (HttpRequest request) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), request.HttpContext.RequestAborted);
            return Results.StatusCode(await RecordAsync(request, 200));
        });
    }

    private async Task<int> RecordAsync(HttpRequest request, int status)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        Requests.Enqueue(new Received(
            request.Path,
            request.Headers["webhook-id"].ToString(),
            request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(),
            body.ToArray(),
            status,
            Stopwatch.GetTimestamp()));
        return status;
    }

    public sealed record Received(string Path, string Id, string Timestamp, string Signature, byte[] Body, int Status, long ReceivedAt);
}
