using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Functions.Ingest;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Ingest.Quarantine;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Ingest;

[Collection(AzuriteGroup.Name)]
public sealed class SignalsQueueFunctionTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("this is not json")]
    [InlineData("{\"customerId\": 42}")]
    [InlineData("42")]
    public async Task RunAsync_UnprocessableMessage_IsQuarantinedWithReasonAndCompletes(string body)
    {
        await using var services = TestServices.Create(azurite);
        var function = new SignalsQueueFunction(services.GetRequiredService<SignalQueueHandler>());

        var outcome = await function.RunAsync(body, "msg-1", null, CancellationToken.None);

        Assert.True(outcome.Quarantined);
        var row = Assert.Single(await services.GetRequiredService<QuarantineStore>().ListAsync(false, CancellationToken.None));
        Assert.Equal(("msg-1", body), (row.RowKey, row.Body));
        Assert.False(string.IsNullOrWhiteSpace(row.Reason));
    }

    [Fact]
    public async Task RunAsync_ValidNdJsonRedelivered_StoresOnce()
    {
        await using var services = TestServices.Create(azurite);
        var function = new SignalsQueueFunction(services.GetRequiredService<SignalQueueHandler>());
        var body = System.Text.Encoding.UTF8.GetString(SignalJson.NdJson(SignalJson.Purchase("c-1", "o-1", 3), SignalJson.Purchase("c-2", "o-2", 4)));

        var first = await function.RunAsync(body, "msg-2", "application/x-ndjson", CancellationToken.None);
        var again = await function.RunAsync(body, "msg-2", "application/x-ndjson", CancellationToken.None);

        Assert.Equal((2, false), (first.Report.Accepted, first.Quarantined));
        Assert.Equal((0, 2), (again.Report.Accepted, again.Report.Duplicates));
        Assert.Equal(2, await services.GetRequiredService<SignalStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_StorageUnavailable_ThrowsSoTheQueueRetries()
    {
        var unreachable = AzuriteFixture.Connection(1, 1, 1);
        await using var services = TestServices.Create(azurite, s => s.AddSingleton(new StorageClients(
            new TableServiceClient(unreachable, new TableClientOptions { Retry = { MaxRetries = 0 } }),
            new BlobServiceClient(unreachable, new BlobClientOptions { Retry = { MaxRetries = 0 } }),
            new StorageLayout("x"))));
        var function = new SignalsQueueFunction(services.GetRequiredService<SignalQueueHandler>());
        var body = System.Text.Encoding.UTF8.GetString(SignalJson.Array(SignalJson.Purchase("c-1", "o-1", 3)));

        await Assert.ThrowsAnyAsync<Exception>(() => function.RunAsync(body, "msg-3", "application/json", CancellationToken.None));
    }
}
