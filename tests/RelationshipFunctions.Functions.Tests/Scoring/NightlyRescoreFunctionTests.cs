using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Functions.Scoring;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Scoring;

[Collection(AzuriteGroup.Name)]
public sealed class NightlyRescoreFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunAsync_TimerFires_RescoresAsOfTheClocksNow()
    {
        await using var services = TestServices.Create(azurite);
        await services.GetRequiredService<SignalIngestionService>().IngestAsync(
            SignalJson.Array(SignalJson.Purchase("c-1", "o-1", 5), SignalJson.Purchase("c-2", "o-2", 50)),
            BodyFormat.JsonArray, "test", CancellationToken.None);
        var function = new NightlyRescoreFunction(services.GetRequiredService<RescoringService>(), services.GetRequiredService<TimeProvider>());

        var result = await function.RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal(TestServices.Now, result.AsOf);
        Assert.Equal(2, result.Customers);
    }
}
