using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RelationshipFunctions.Functions.Ingest;
using RelationshipFunctions.Functions.Webhooks;
using RelationshipFunctions.Webhooks;

namespace RelationshipFunctions.Runner.Commands;

/// <summary>
/// <c>serve</c>: the HTTP functions on 127.0.0.1 through the very same function classes;
/// <c>replay</c>: a captured request (headers file + body file) through a platform's endpoint.
/// </summary>
public static class WebhookCommands
{
    public const int DefaultPort = 7071;

    /// <summary>Serves until cancelled (Ctrl+C). Writes the listening URL once started.</summary>
    public static async Task<int> ServeAsync(IDictionary<string, string?>? settings, Arguments args, TextWriter output, CancellationToken ct)
    {
        var portText = args.Option("port") ?? DefaultPort.ToString(CultureInfo.InvariantCulture);
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new UsageException("--port takes a port number (0 picks a free one).");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(RunnerHost.Configuration(settings));
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, port);
            options.Limits.MaxRequestBodySize = WebhookProcessor.MaxBodyBytes + 1;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true).SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        RunnerHost.AddServices(builder.Services, builder.Configuration);
        builder.Services.AddMvcCore();
        await using var app = builder.Build();

        app.MapPost("/api/signals", async (HttpContext context, SignalsFunction function) =>
            await ExecuteAsync(context, await function.RunAsync(context.Request, context.RequestAborted)));
        app.MapMethods("/api/webhooks/{platform}", ["POST", "GET", "HEAD"], async (HttpContext context, string platform, WebhookFunction function) =>
            await ExecuteAsync(context, await function.RunAsync(context.Request, platform, context.RequestAborted)));

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://127.0.0.1:{port}";
        output.WriteLine($"Listening on {address}");
        output.WriteLine($"  POST {address}/api/signals");
        output.WriteLine($"  POST {address}/api/webhooks/{{{string.Join('|', app.Services.GetRequiredService<WebhookProcessor>().Platforms)}}}");
        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
        // Ctrl+C (the runner's token) or SIGTERM (the host's lifetime) stops serving.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(ct, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stopping.Token);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>Replays a captured request and prints its status and counts; exit code 0 for 2xx, 4 otherwise.</summary>
    public static async Task<int> ReplayAsync(IDictionary<string, string?>? settings, Arguments args, TextWriter output, CancellationToken ct)
    {
        var platform = args.Required(1, "the platform (e.g. sendgrid)");
        var headersPath = args.Option("headers") ?? throw new UsageException("replay needs --headers FILE (one 'Name: value' per line).");
        var bodyPath = args.Option("body") ?? throw new UsageException("replay needs --body FILE.");
        DateTimeOffset? at = null;
        if (args.Option("at") is { } atText)
        {
            at = DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw new UsageException("--at takes an ISO 8601 time, e.g. 2026-03-01T10:00:00Z.");
        }

        await using var services = RunnerHost.Build(settings, collection =>
        {
            if (at is { } fixedTime)
            {
                collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FixedTimeProvider(fixedTime)));
            }
        });
        var context = new DefaultHttpContext { RequestServices = services };
        var request = context.Request;
        request.Method = "POST";
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1", DefaultPort);
        request.Path = "/api/webhooks/" + platform;
        foreach (var line in await File.ReadAllLinesAsync(headersPath, ct))
        {
            ApplyHeaderLine(request, line);
        }

        if (args.Option("url") is { } url)
        {
            var uri = new Uri(url);
            request.Scheme = uri.Scheme;
            request.Host = HostString.FromUriComponent(uri);
            request.Path = uri.AbsolutePath;
            request.QueryString = new QueryString(uri.Query);
        }

        var body = await File.ReadAllBytesAsync(bodyPath, ct);
        request.Body = new MemoryStream(body);
        request.ContentLength = body.Length;
        var function = services.GetRequiredService<WebhookFunction>();
        var result = await function.RunAsync(request, platform, ct);
        var answer = (ObjectResult)result;
        var status = answer.StatusCode ?? 200;
        output.WriteLine($"status: {status}");
        switch (answer.Value)
        {
            case WebhookResult counts:
                output.WriteLine($"received: {counts.Received}, accepted: {counts.Accepted}, duplicate: {counts.Duplicates}, ignored: {counts.Ignored}, quarantined: {counts.Quarantined}{(counts.Test ? " (test delivery)" : string.Empty)}");
                foreach (var (type, count) in counts.IgnoredTypes)
                {
                    output.WriteLine($"  ignored {type}: {count}");
                }

                foreach (var (reason, count) in counts.QuarantineReasons)
                {
                    output.WriteLine($"  quarantined {reason}: {count}");
                }

                break;
            case ProblemDetails problem:
                output.WriteLine($"{problem.Title}: {problem.Detail}");
                break;
            default:
                output.WriteLine(JsonSerializer.Serialize(answer.Value));
                break;
        }

        return status is >= 200 and < 300 ? 0 : 4;
    }

    /// <summary>A header line "Name: value"; a request line "POST /path?query HTTP/1.1" sets method, path and query; '#' starts a comment.</summary>
    private static void ApplyHeaderLine(HttpRequest request, string line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
        {
            return;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && parts[0] is "POST" or "GET" or "HEAD" or "PUT" && parts[1].StartsWith('/'))
        {
            request.Method = parts[0];
            var target = parts[1];
            var question = target.IndexOf('?', StringComparison.Ordinal);
            request.Path = question < 0 ? target : target[..question];
            request.QueryString = question < 0 ? QueryString.Empty : new QueryString(target[question..]);
            return;
        }

        if (colon <= 0)
        {
            throw new UsageException($"Cannot read the header line '{line[..Math.Min(line.Length, 40)]}': expected 'Name: value'.");
        }

        var name = line[..colon].Trim();
        var value = line[(colon + 1)..].Trim();
        if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
        {
            request.Host = new HostString(value);
        }
        else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        request.Headers.Append(name, value);
    }

    private static async Task ExecuteAsync(HttpContext context, IActionResult result) =>
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));

    /// <summary>A clock stopped at the capture's time, so that a captured signature is still within its tolerance.</summary>
    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
