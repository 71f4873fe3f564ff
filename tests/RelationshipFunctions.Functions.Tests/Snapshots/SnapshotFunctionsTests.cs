using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Functions.Snapshots;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Snapshots;

[Collection(AzuriteGroup.Name)]
public sealed class SnapshotFunctionsTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task LatestAsync_IfNoneMatchHoldsTheRunsTag_Answers304UntilANewRun()
    {
        await using var services = TestServices.Create(azurite);
        await WriteAsync(services, "r1", SnapshotRows.Population(20));
        var function = Function(services);
        var first = Request();
        var answer = await function.LatestAsync(first, CancellationToken.None);
        var tag = first.HttpContext.Response.Headers.ETag.ToString();

        var unchanged = await function.LatestAsync(Request(tag), CancellationToken.None);
        await WriteAsync(services, "r2", SnapshotRows.Population(21));
        var changed = await function.LatestAsync(Request(tag), CancellationToken.None);

        Assert.Equal("\"r1\"", tag);
        Assert.Equal("r1", Assert.IsType<SnapshotManifest>(Assert.IsType<JsonResult>(answer).Value).RunId);
        Assert.Equal(304, Assert.IsType<StatusCodeResult>(unchanged).StatusCode);
        Assert.Equal("r2", Assert.IsType<SnapshotManifest>(Assert.IsType<JsonResult>(changed).Value).RunId);
    }

    [Theory]
    [InlineData("tier-bronze.csv", "text/csv; charset=utf-8")]
    [InlineData("customers.jsonl", "application/x-ndjson")]
    [InlineData("customers.parquet", "application/vnd.apache.parquet")]
    [InlineData("report.html", "text/html; charset=utf-8")]
    public async Task FileAsync_KnownFile_StreamsItWithItsTypeAndHashTagThen304(string name, string contentType)
    {
        await using var services = TestServices.Create(azurite);
        var manifest = await WriteAsync(services, "r1", SnapshotRows.Population(30));
        var function = Function(services);

        var full = Assert.IsType<FileStreamResult>(await function.FileAsync(Request(), name, CancellationToken.None));
        var again = await function.FileAsync(Request(full.EntityTag!.ToString()), name, CancellationToken.None);

        Assert.Equal(contentType, full.ContentType);
        Assert.Equal($"\"{manifest.FileNamed(name)!.Sha256}\"", full.EntityTag.ToString());
        using var copy = new MemoryStream();
        await full.FileStream.CopyToAsync(copy);
        Assert.Equal(manifest.FileNamed(name)!.Bytes, copy.Length);
        Assert.Equal(304, Assert.IsType<StatusCodeResult>(again).StatusCode);
    }

    [Fact]
    public async Task FileAsync_LinkRequested_GivesAReadOnlyUrlThatServesTheFileAndNothingElse()
    {
        // Azurite checks the link's expiry against the real clock, so this test signs with it.
        await using var services = TestServices.Create(azurite, s => s.AddSingleton(TimeProvider.System));
        var manifest = await WriteAsync(services, "r1", SnapshotRows.Population(30));
        var request = Request();
        request.QueryString = new QueryString("?link=true");

        var result = await Function(services).FileAsync(request, SnapshotWriter.CsvName, CancellationToken.None);

        var link = Assert.IsType<SnapshotLink>(Assert.IsType<JsonResult>(result).Value);
        using var http = new HttpClient();
        var body = await http.GetByteArrayAsync(link.Url);
        Assert.Equal(manifest.FileNamed(SnapshotWriter.CsvName)!.Bytes, body.Length);
        using var overwrite = new HttpRequestMessage(HttpMethod.Put, link.Url) { Content = new ByteArrayContent([1]) };
        overwrite.Headers.Add("x-ms-blob-type", "BlockBlob");
        var write = await http.SendAsync(overwrite);
        Assert.Equal(403, (int)write.StatusCode);
        Assert.InRange(link.ExpiresAt - TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task FileAsync_UnknownFile_Answers404ProblemDetails()
    {
        await using var services = TestServices.Create(azurite);
        await WriteAsync(services, "r1", SnapshotRows.Population(3));

        var result = await Function(services).FileAsync(Request(), "../secrets.csv", CancellationToken.None);

        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(404, problem.StatusCode);
        Assert.Contains("application/problem+json", problem.ContentTypes);
    }

    [Fact]
    public async Task ChangesAsync_SinceThePreviousRun_StreamsExactlyTheChangedCustomers()
    {
        await using var services = TestServices.Create(azurite);
        var before = SnapshotRows.Population(50).ToList();
        await WriteAsync(services, "r1", before);
        await WriteAsync(services, "r2", before.Select(row => row.CustomerId == "c-00007" ? row with { Tier = "platinum", Score = 90 } : row));
        var request = Request();
        request.QueryString = new QueryString("?since=r1");
        request.HttpContext.Response.Body = new MemoryStream();

        var result = await Function(services).ChangesAsync(request, CancellationToken.None);
        await result.ExecuteResultAsync(new ActionContext { HttpContext = request.HttpContext });

        var lines = Encoding.UTF8.GetString(((MemoryStream)request.HttpContext.Response.Body).ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains("\"customerId\":\"c-00007\",\"tierBefore\":\"bronze\"", line);
        Assert.Equal("application/x-ndjson", request.HttpContext.Response.ContentType);
    }

    [Theory]
    [InlineData("", 400)]
    [InlineData("r1;drop", 400)]
    [InlineData("r9", 404)]
    public async Task ChangesAsync_BadOrUnknownRun_AnswersProblemDetails(string since, int status)
    {
        await using var services = TestServices.Create(azurite);
        await WriteAsync(services, "r1", SnapshotRows.Population(3));
        var request = Request();
        request.QueryString = new QueryString("?since=" + Uri.EscapeDataString(since));

        var result = await Function(services).ChangesAsync(request, CancellationToken.None);

        Assert.Equal(status, Assert.IsType<ObjectResult>(result).StatusCode);
    }

    private static SnapshotFunctions Function(IServiceProvider services) => new(
        services.GetRequiredService<SnapshotReader>(), services.GetRequiredService<SnapshotDelta>(), services.GetRequiredService<ISnapshotLinks>());

    private static Task<SnapshotManifest> WriteAsync(IServiceProvider services, string runId, IEnumerable<SnapshotRow> rows) =>
        services.GetRequiredService<SnapshotWriter>().WriteAsync(runId, AsOf, "m1", rows, CancellationToken.None);

    private static HttpRequest Request(string? ifNoneMatch = null)
    {
        var context = new DefaultHttpContext();
        if (ifNoneMatch is not null)
        {
            context.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        return context.Request;
    }
}
