using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Functions.Ingest;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Ingest;

[Collection(AzuriteGroup.Name)]
public sealed class SignalsFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunAsync_ValidAndInvalidItems_Answers202WithPerItemReport()
    {
        await using var services = TestServices.Create(azurite);
        var function = new SignalsFunction(services.GetRequiredService<SignalIngestionService>());
        var bad = SignalJson.Purchase("c-2", "o-2", 1);
        bad["occurredAt"] = "yesterday";

        var result = await function.RunAsync(Request("application/json", SignalJson.Array(SignalJson.Purchase("c-1", "o-1", 1), bad)), CancellationToken.None);

        var answer = Assert.IsType<ObjectResult>(result);
        Assert.Equal(202, answer.StatusCode);
        var report = Assert.IsType<IngestReport>(answer.Value);
        Assert.Equal((1, 0, 1), (report.Accepted, report.Duplicates, report.Rejected));
        Assert.Equal("occurredAt", Assert.Single(report.Errors).Field);
    }

    [Theory]
    [InlineData("application/json", "{\"customerId\": ", 400)]
    [InlineData("application/json", "\"just a string\"", 400)]
    [InlineData("text/plain", "[]", 415)]
    [InlineData(null, "[]", 415)]
    public async Task RunAsync_UnreadableBody_AnswersProblemDetailsAndStoresNothing(string? contentType, string body, int status)
    {
        await using var services = TestServices.Create(azurite);
        var function = new SignalsFunction(services.GetRequiredService<SignalIngestionService>());

        var result = await function.RunAsync(Request(contentType, Encoding.UTF8.GetBytes(body)), CancellationToken.None);

        var answer = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, answer.StatusCode);
        Assert.IsType<ProblemDetails>(answer.Value);
        Assert.Contains("application/problem+json", answer.ContentTypes);
        Assert.Equal(0, await services.GetRequiredService<SignalStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_OversizedBody_Answers413()
    {
        await using var services = TestServices.Create(azurite);
        var function = new SignalsFunction(services.GetRequiredService<SignalIngestionService>());
        var body = new byte[SignalLimits.MaxBodyBytes + 1];
        Array.Fill(body, (byte)' ');

        var result = await function.RunAsync(Request("application/x-ndjson", body), CancellationToken.None);

        Assert.Equal(413, Assert.IsType<ObjectResult>(result).StatusCode);
    }

    private static HttpRequest Request(string? contentType, byte[] body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/api/signals";
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(body);
        return context.Request;
    }
}
