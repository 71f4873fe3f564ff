using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Ingest.Quarantine;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Webhooks;

namespace RelationshipFunctions.Tests.Webhooks;

/// <summary>The real processor and storage (Azurite, fresh prefix) with a platform's secrets configured.</summary>
public sealed class WebhookHarness : IAsyncDisposable
{
    public const string PseudonymKey = "test-pseudonym-key-5d2e";

    private readonly ServiceProvider _services;

    public WebhookHarness(AzuriteFixture azurite, PlatformKit? kit = null, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { [CustomerIdentity.KeySetting] = PseudonymKey };
        foreach (var platform in kit is null ? PlatformKit.All : [kit])
        {
            foreach (var (key, value) in platform.Settings())
            {
                settings[key] = value;
            }
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _services = TestServices.Create(azurite, services => services.AddWebhooks(), settings);
    }

    public IServiceProvider Services => _services;

    public WebhookProcessor Processor => _services.GetRequiredService<WebhookProcessor>();

    public WebhookMetrics Metrics => _services.GetRequiredService<WebhookMetrics>();

    public static string CustomerOf(string email) => new CustomerIdentity(PseudonymKey).ForEmail(CustomerIdentity.NormalizeEmail(email)!);

    public Task<WebhookResponse> SendAsync(string platform, WebhookRequestBuilder request) =>
        Processor.ProcessAsync(platform, request.Build(), CancellationToken.None);

    public async Task<WebhookResult> SendOkAsync(PlatformKit kit, WebhookRequestBuilder request)
    {
        var response = await SendAsync(kit.Platform, request);
        Assert.True(response.Status == 200, $"{kit.Platform}: {response.Status} {response.ProblemDetail}");
        return response.Result!;
    }

    public async Task<List<Signal>> AllSignalsAsync()
    {
        var store = _services.GetRequiredService<SignalStore>();
        var signals = new List<Signal>();
        for (var shard = 0; shard < StorageLayout.ShardCount; shard++)
        {
            await foreach (var row in store.ReadShardAsync(shard, PlatformKit.Now.AddYears(1), CancellationToken.None))
            {
                signals.Add(row.ToSignal());
            }
        }

        return signals.OrderBy(s => s.CustomerId, StringComparer.Ordinal).ThenBy(s => s.OccurredAt).ThenBy(s => s.Type, StringComparer.Ordinal).ToList();
    }

    public Task<long> CountAsync() => _services.GetRequiredService<SignalStore>().CountAsync(CancellationToken.None);

    public Task<List<QuarantineRow>> QuarantineAsync() =>
        _services.GetRequiredService<QuarantineStore>().ListAsync(includeReplayed: true, CancellationToken.None);

    /// <summary>Each customer's folded state, as the nightly rescoring would see it, in a comparable form.</summary>
    public async Task<string> StatesAsync()
    {
        var states = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in (await AllSignalsAsync()).GroupBy(s => s.CustomerId))
        {
            var builder = new CustomerStateBuilder(group.Key);
            foreach (var signal in group)
            {
                builder.Add(signal);
            }

            states[group.Key] = JsonSerializer.Serialize(builder.Build(PlatformKit.Now));
        }

        return string.Join('\n', states.Select(pair => pair.Key + " " + pair.Value));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
