using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Scoring;

[Collection(AzuriteGroup.Name)]
public sealed class DryRunServiceTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 28, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_CandidateWithOneTier_CountsEveryMoveAndWritesNothing()
    {
        await using var services = TestServices.Create(azurite);
        var signals = Enumerable.Range(0, 30).Select(i => SignalJson.Purchase($"c-{i}", $"o-{i}", 10 + i, AsOf.AddDays(-3 * i)));
        await services.GetRequiredService<SignalIngestionService>()
            .IngestAsync(SignalJson.Array([.. signals]), BodyFormat.JsonArray, "test", CancellationToken.None);
        var result = await services.GetRequiredService<RescoringService>().RescoreAsync(AsOf, CancellationToken.None);
        var store = services.GetRequiredService<CustomerStore>();
        var before = await store.GetAsync("c-0", CancellationToken.None);
        var active = services.GetRequiredService<ScoringModelProvider>().Current;
        var candidate = active with { Version = "candidate", Tiers = [new TierModel("everyone", 0)] };
        var calibrationEnd = DateOnly.FromDateTime(AsOf.UtcDateTime).AddDays(-40);

        var report = await services.GetRequiredService<DryRunService>().RunAsync(
            candidate, AsOf, calibrationEnd, DateOnly.FromDateTime(AsOf.UtcDateTime), CancellationToken.None);

        Assert.Equal((30, 30), (report.Customers, report.TierChanges));
        Assert.Equal(result.TierCounts.Values.Sum(), report.Moves.Values.Sum());
        Assert.Equal([active.Version], report.ActiveVersions);
        Assert.Equal("model candidate", report.Backtest!.Rows[^1].Name);
        var after = await store.GetAsync("c-0", CancellationToken.None);
        Assert.Equal((before!.Tier, before.RunId), (after!.Tier, after.RunId));
    }
}
