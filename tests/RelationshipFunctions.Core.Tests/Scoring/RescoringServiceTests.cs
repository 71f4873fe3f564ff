using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Scoring;

[Collection(AzuriteGroup.Name)]
public sealed class RescoringServiceTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 28, 23, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);

    [Fact]
    public async Task RescoreAsync_SameAsOfTwice_GivesSameScoresAndNoEvents()
    {
        var published = new RecordingPublisher();
        await using var services = TestServices.Create(azurite, s => s.AddSingleton<ITierChangePublisher>(published));
        await IngestAsync(services, Enumerable.Range(0, 40).Select(i => SignalJson.Purchase($"c-{i}", $"o-{i}", 10 + i, Day1.AddDays(-i))));
        var rescoring = services.GetRequiredService<RescoringService>();

        var first = await rescoring.RescoreAsync(Day1, CancellationToken.None);
        var second = await rescoring.RescoreAsync(Day1, CancellationToken.None);

        Assert.Equal(40, first.Customers);
        Assert.Equal(first.TierCounts, second.TierCounts);
        Assert.Equal(first.Top.Select(t => (t.CustomerId, t.Score)), second.Top.Select(t => (t.CustomerId, t.Score)));
        Assert.Equal(0, second.TierChanges);
        Assert.Empty(published.Events);
    }

    [Fact]
    public async Task RescoreAsync_CustomerClimbs_EmitsOneEventEvenWhenRerun()
    {
        var published = new RecordingPublisher();
        await using var services = TestServices.Create(azurite, s => s.AddSingleton<ITierChangePublisher>(published));
        await IngestAsync(services, Enumerable.Range(0, 20).Select(i => SignalJson.Purchase($"c-{i}", $"o-{i}", 10 + i, Day1.AddDays(-30 - i))));
        var rescoring = services.GetRequiredService<RescoringService>();
        await rescoring.RescoreAsync(Day1, CancellationToken.None);
        var before = await services.GetRequiredService<CustomerStore>().GetAsync("c-19", CancellationToken.None);
        await IngestAsync(services, Enumerable.Range(0, 6).Select(i => SignalJson.Purchase("c-19", $"new-{i}", 500, Day2.AddDays(-i - 1))));

        await rescoring.RescoreAsync(Day2, CancellationToken.None);
        await rescoring.RescoreAsync(Day2, CancellationToken.None);

        var after = await services.GetRequiredService<CustomerStore>().GetAsync("c-19", CancellationToken.None);
        Assert.NotEqual("platinum", before!.Tier);
        Assert.Equal("platinum", after!.Tier);
        var change = Assert.Single(published.Events, e => e.CustomerId == "c-19");
        Assert.Equal((before.Tier, "platinum"), (change.FromTier, change.ToTier));
        Assert.Equal(before.Score, change.PreviousScore);
        Assert.True(change.Attribution!["purchase"] > 0, "the purchase group should explain the climb");
        Assert.Equal(2, (await services.GetRequiredService<CustomerStore>().GetHistoryAsync("c-19", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RescoreAsync_OlderAsOfAfterNewer_KeepsTheNewerScoreAndAddsHistory()
    {
        await using var services = TestServices.Create(azurite);
        await IngestAsync(services, Enumerable.Range(0, 10).Select(i => SignalJson.Purchase($"c-{i}", $"o-{i}", 10 + i, Day1.AddDays(-i))));
        var rescoring = services.GetRequiredService<RescoringService>();
        var store = services.GetRequiredService<CustomerStore>();

        await rescoring.RescoreAsync(Day2, CancellationToken.None);
        var newer = await store.GetAsync("c-3", CancellationToken.None);
        await rescoring.RescoreAsync(Day1, CancellationToken.None);

        var current = await store.GetAsync("c-3", CancellationToken.None);
        Assert.Equal((Day2, newer!.Score, newer.RunId), (current!.AsOf, current.Score, current.RunId));
        Assert.Equal([Day1, Day2], (await store.GetHistoryAsync("c-3", CancellationToken.None)).Select(h => h.AsOf));
    }

    [Fact]
    public async Task RescoreAsync_CustomerWithoutAnyMetric_IsUnscoredNotBronze()
    {
        await using var services = TestServices.Create(azurite);
        await IngestAsync(services, Enumerable.Range(0, 5).Select(i => SignalJson.Purchase($"c-{i}", $"o-{i}", 10 + i, Day1.AddDays(-i))));
        var delivery = SignalJson.Purchase("quiet", "d-1", 0, Day1.AddDays(-1));
        delivery["type"] = SignalTypes.EmailDelivered;
        delivery.Remove("value");
        await IngestAsync(services, [delivery]);

        await services.GetRequiredService<RescoringService>().RescoreAsync(Day1, CancellationToken.None);

        var row = await services.GetRequiredService<CustomerStore>().GetAsync("quiet", CancellationToken.None);
        Assert.Equal(("unscored", 0.0), (row!.Tier, row.Confidence));
    }

    [Fact]
    public async Task RescoreAsync_PinnedCustomer_KeepsThePinUntilItExpiresAndTheAuditTrailKeepsBoth()
    {
        await using var services = TestServices.Create(azurite);
        await IngestAsync(services, Enumerable.Range(0, 10).Select(i => SignalJson.Purchase($"c-{i}", $"o-{i}", 10 + i, Day1.AddDays(-20 * i))));
        var overrides = services.GetRequiredService<OverrideStore>();
        await overrides.SetAsync(new OverrideRow
        {
            CustomerId = "c-9", PinTier = "platinum", Reason = "key account", Author = "ana", ExpiresAt = Day2, RecordedAt = Day1,
        }, CancellationToken.None);
        var rescoring = services.GetRequiredService<RescoringService>();
        var store = services.GetRequiredService<CustomerStore>();

        await rescoring.RescoreAsync(Day1, CancellationToken.None);
        var pinned = await store.GetAsync("c-9", CancellationToken.None);
        await rescoring.RescoreAsync(Day2.AddDays(1), CancellationToken.None);
        var expired = await store.GetAsync("c-9", CancellationToken.None);
        await overrides.ClearAsync(new OverrideRow { CustomerId = "c-9", Reason = "done", Author = "ana", RecordedAt = Day2 },
            CancellationToken.None);

        Assert.Equal("platinum", pinned!.Tier);
        Assert.Equal("pinned to platinum until 2026-11-29 by ana: key account", pinned.Override);
        Assert.NotEqual("platinum", expired!.Tier);
        Assert.Null(expired.Override);
        var audit = await overrides.GetAuditAsync("c-9", CancellationToken.None);
        Assert.Equal(["set", "clear"], audit.Select(a => a.Action));
    }

    [Fact]
    public async Task RescoreAsync_WritesSnapshotFilesThenManifestAndPointer()
    {
        await using var services = TestServices.Create(azurite);
        await IngestAsync(services, Enumerable.Range(0, 12).Select(i => SignalJson.Purchase($"c-{i}", $"o-{i}", 10, Day1.AddDays(-i))));

        var result = await services.GetRequiredService<RescoringService>().RescoreAsync(Day1, CancellationToken.None);

        var reader = services.GetRequiredService<SnapshotReader>();
        var latest = await reader.GetLatestAsync(CancellationToken.None);
        Assert.Equal(result.RunId, latest!.RunId);
        var manifest = await reader.GetManifestAsync(latest, CancellationToken.None);
        Assert.Equal(12, manifest.CustomerCount);
        using var csv = new MemoryStream();
        await reader.DownloadAsync(latest, SnapshotWriter.CsvName, csv, CancellationToken.None);
        var lines = System.Text.Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(13, lines.Length);
        Assert.Equal(manifest.Files.Single(f => f.Name == SnapshotWriter.CsvName).Bytes, csv.Length);
    }

    private static async Task IngestAsync(IServiceProvider services, IEnumerable<Dictionary<string, object?>> signals)
    {
        var report = await services.GetRequiredService<SignalIngestionService>()
            .IngestAsync(SignalJson.Array([.. signals]), BodyFormat.JsonArray, "test", CancellationToken.None);
        Assert.Equal(0, report.Rejected);
    }

    private sealed class RecordingPublisher : ITierChangePublisher
    {
        public List<TierChangeEvent> Events { get; } = [];

        public Task PublishAsync(IReadOnlyList<TierChangeEvent> events, CancellationToken cancellationToken)
        {
            Events.AddRange(events);
            return Task.CompletedTask;
        }
    }
}
