using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationshipFunctions.Tests.Testing;

/// <summary>
/// Debian's headless Chromium, started for one test with a fresh profile and driven over the Chrome
/// DevTools protocol on loopback. Records every request the page makes, so a test can prove none left it.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly ConcurrentQueue<JsonNode> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private int _nextId;
    private Task? _receiving;

    private HeadlessChromium(Process process, string profile) => (_process, _profile) = (process, profile);

    /// <summary>The URL of every request the page started, in order.</summary>
    public IReadOnlyList<string> Requests =>
        [.. _events.Where(e => (string?)e["method"] == "Network.requestWillBeSent").Select(e => (string)e["params"]!["request"]!["url"]!)];

    public static async Task<HeadlessChromium> StartAsync()
    {
        var binary = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed: apt-get install -y chromium chromium-driver.");
        var profile = Directory.CreateTempSubdirectory("rf-chromium-").FullName;
        var start = new ProcessStartInfo(binary) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            "--window-size=1200,900", $"--user-data-dir={profile}", "about:blank"])
        {
            start.ArgumentList.Add(argument);
        }

        var chromium = new HeadlessChromium(Process.Start(start)!, profile);
        // Chromium writes a line per start-up step; drain both pipes so a full pipe never blocks it.
        chromium._process.OutputDataReceived += (_, _) => { };
        chromium._process.ErrorDataReceived += (_, _) => { };
        chromium._process.BeginOutputReadLine();
        chromium._process.BeginErrorReadLine();
        await chromium.ConnectAsync();
        return chromium;
    }

    /// <summary>Opens the URL with network recording on, and waits for its load event.</summary>
    public async Task LoadAsync(Uri url)
    {
        await SendAsync("Network.enable");
        await SendAsync("Page.enable");
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri });
        var deadline = Stopwatch.StartNew();
        while (!_events.Any(e => (string?)e["method"] == "Page.loadEventFired"))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), "The page did not finish loading within 20 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Evaluates a script expression in the page and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        return result?["result"]?["value"];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        if (_receiving is not null)
        {
            await _receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be releasing its profile; the temp folder is cleaned by the system later.
        }
    }

    private async Task ConnectAsync()
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        for (var attempt = 0; attempt < 200 && !File.Exists(portFile); attempt++)
        {
            Assert.False(_process.HasExited, "Chromium exited before it opened its DevTools port.");
            await Task.Delay(50);
        }

        var port = (await File.ReadAllLinesAsync(portFile))[0];
        using var http = new HttpClient();
        var targets = await http.GetFromJsonAsync<JsonArray>(new Uri($"http://127.0.0.1:{port}/json/list"));
        var page = targets!.First(t => (string?)t!["type"] == "page")!;
        await _socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), _stop.Token);
        _receiving = ReceiveAsync();
    }

    private async Task<JsonNode?> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = _pending[id] = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        return await reply.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            var part = await _socket.ReceiveAsync(buffer, _stop.Token);
            message.Write(buffer, 0, part.Count);
            if (!part.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray())!;
            message.SetLength(0);
            if (node["id"] is { } id && _pending.TryRemove((int)id, out var reply))
            {
                reply.SetResult(node["result"]);
            }
            else
            {
                _events.Enqueue(node);
            }
        }
    }
}
