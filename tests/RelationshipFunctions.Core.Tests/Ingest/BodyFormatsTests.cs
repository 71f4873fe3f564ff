using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Tests.Unit.Ingest;

public sealed class BodyFormatsTests
{
    [Theory]
    [InlineData("application/json", BodyFormat.JsonArray)]
    [InlineData("application/json; charset=utf-8", BodyFormat.JsonArray)]
    [InlineData("Application/JSON;charset=UTF-8", BodyFormat.JsonArray)]
    [InlineData("  application/json  ", BodyFormat.JsonArray)]
    [InlineData("application/x-ndjson", BodyFormat.NdJson)]
    [InlineData("APPLICATION/X-NDJSON; charset=utf-8", BodyFormat.NdJson)]
    [InlineData("application/ndjson", BodyFormat.NdJson)]
    [InlineData("application/jsonl", BodyFormat.NdJson)]
    [InlineData("application/x-jsonlines", BodyFormat.NdJson)]
    [InlineData("application/jsonlines", BodyFormat.NdJson)]
    public void TryFromContentType_KnownMediaType_MapsToFormat(string contentType, BodyFormat expected)
    {
        var known = BodyFormats.TryFromContentType(contentType, out var format);

        Assert.True(known);
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(";charset=utf-8")]
    [InlineData("text/plain")]
    [InlineData("text/json")]
    [InlineData("application/xml")]
    [InlineData("application/json-patch+json")]
    [InlineData("application/problem+json")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/x-www-form-urlencoded")]
    public void TryFromContentType_UnknownOrMissing_ReturnsFalse(string? contentType)
    {
        var known = BodyFormats.TryFromContentType(contentType, out _);

        Assert.False(known);
    }
}
