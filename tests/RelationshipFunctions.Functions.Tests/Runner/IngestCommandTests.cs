using System.Text.Json;
using RelationshipFunctions.Runner;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Runner;

[Collection(AzuriteGroup.Name)]
public sealed class IngestCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ingest_FileLargerThanOneBatch_IngestsAllAndReportsPhysicalLines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rf-ingest-{Guid.NewGuid():N}.ndjson");
        var lines = Enumerable.Range(0, 10_050)
            .Select(i => JsonSerializer.Serialize(SignalJson.Purchase($"c-{i % 700}", $"o-{i}", 5)))
            .ToList();
        lines.Insert(3, string.Empty);
        lines[10_020] = "{\"customerId\": 7}";
        await File.WriteAllLinesAsync(path, lines);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = AzuriteFixture.NewPrefix(),
        };
        var output = new StringWriter();

        var first = await RunnerApp.RunAsync(["ingest", path], output, settings);
        var again = await RunnerApp.RunAsync(["ingest", path], output, settings);
        File.Delete(path);

        Assert.Equal((3, 3), (first, again));
        var text = output.ToString();
        Assert.Contains("10,050 items: 10,049 accepted, 0 duplicate, 1 rejected", text);
        Assert.Contains("10,050 items: 0 accepted, 10,049 duplicate, 1 rejected", text);
        Assert.Contains("line 10021: customerId:", text);
    }
}
