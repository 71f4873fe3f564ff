using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Ingest;

[Collection(AzuriteGroup.Name)]
public sealed class SignalIngestionServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IngestAsync_MixedBatch_StoresOnlyTheValidNewItems()
    {
        await using var services = TestServices.Create(azurite);
        var ingestion = services.GetRequiredService<SignalIngestionService>();
        var missingCustomer = SignalJson.Purchase("c-2", "o-2", 10);
        missingCustomer.Remove("customerId");
        var wrongType = SignalJson.Purchase("c-3", "o-3", 10);
        wrongType["value"] = "ten";
        var body = SignalJson.Array(
            SignalJson.Purchase("c-1", "o-1", 10), missingCustomer, wrongType, SignalJson.Purchase("c-1", "o-1", 10), SignalJson.Purchase("c-4", "o-4", 7));

        var report = await ingestion.IngestAsync(body, BodyFormat.JsonArray, "test", CancellationToken.None);

        Assert.Equal((5, 2, 1, 2), (report.Received, report.Accepted, report.Duplicates, report.Rejected));
        Assert.Equal([3], report.DuplicateIndexes);
        Assert.Contains(report.Errors, e => e is { Index: 1, Field: "customerId" });
        Assert.Contains(report.Errors, e => e is { Index: 2, Field: "value" });
        Assert.Equal(2, await services.GetRequiredService<SignalStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IngestAsync_RedeliveredBatchWithNewItems_CountsEachSignalOnce()
    {
        await using var services = TestServices.Create(azurite);
        var ingestion = services.GetRequiredService<SignalIngestionService>();
        var first = Enumerable.Range(0, 250).Select(i => (object)SignalJson.Purchase($"c-{i % 90}", $"o-{i}", i)).ToArray();
        var second = first.Concat(Enumerable.Range(250, 60).Select(i => (object)SignalJson.Purchase($"c-{i % 90}", $"o-{i}", i))).ToArray();

        var initial = await ingestion.IngestAsync(SignalJson.NdJson(first), BodyFormat.NdJson, "test", CancellationToken.None);
        var replay = await ingestion.IngestAsync(SignalJson.NdJson(second), BodyFormat.NdJson, "test", CancellationToken.None);

        Assert.Equal(250, initial.Accepted);
        Assert.Equal((60, 250, 0), (replay.Accepted, replay.Duplicates, replay.Rejected));
        Assert.Equal(310, await services.GetRequiredService<SignalStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IngestAsync_OutOfOrderDelivery_StoresTheSameSignals()
    {
        await using var services = TestServices.Create(azurite);
        var ingestion = services.GetRequiredService<SignalIngestionService>();
        var late = SignalJson.Purchase("c-9", "o-late", 5, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var early = SignalJson.Purchase("c-9", "o-early", 6, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        await ingestion.IngestAsync(SignalJson.Array(late), BodyFormat.JsonArray, "test", CancellationToken.None);
        await ingestion.IngestAsync(SignalJson.Array(early), BodyFormat.JsonArray, "test", CancellationToken.None);
        var stored = new List<SignalRow>();
        await foreach (var row in services.GetRequiredService<SignalStore>().ReadCustomerAsync("c-9", CancellationToken.None))
        {
            stored.Add(row);
        }

        Assert.Equal(["o-early", "o-late"], stored.Select(row => row.SourceEventId).Order());
    }

    [Fact]
    public async Task IngestAsync_BodyThatIsNotJson_ThrowsAndStoresNothing()
    {
        await using var services = TestServices.Create(azurite);
        var ingestion = services.GetRequiredService<SignalIngestionService>();

        var error = await Assert.ThrowsAsync<BatchParseException>(
            () => ingestion.IngestAsync("{not json"u8.ToArray(), BodyFormat.JsonArray, "test", CancellationToken.None));

        Assert.Equal(BatchParseFailure.Malformed, error.Failure);
        Assert.Equal(0, await services.GetRequiredService<SignalStore>().CountAsync(CancellationToken.None));
    }
}
