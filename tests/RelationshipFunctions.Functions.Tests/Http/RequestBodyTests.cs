using Microsoft.AspNetCore.Http;
using RelationshipFunctions.Functions.Http;

namespace RelationshipFunctions.Tests.Http;

public sealed class RequestBodyTests
{
    [Theory]
    [InlineData(StatusCodes.Status408RequestTimeout)]
    [InlineData(StatusCodes.Status400BadRequest)]
    public async Task TryReadAsync_ServerStopsReadingTheBody_AnswersProblemDetailsWithItsStatus(int status)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new FailingStream(new BadHttpRequestException("stopped", status));

        var read = await RequestBody.TryReadAsync(context.Request, 1024, CancellationToken.None);

        Assert.Null(read.Body);
        Assert.Equal(status, read.Problem!.StatusCode);
        Assert.Contains("application/problem+json", read.Problem.ContentTypes);
    }

    [Fact]
    public async Task TryReadAsync_ServerBodyLimitReached_Answers413()
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new FailingStream(new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge));

        var read = await RequestBody.TryReadAsync(context.Request, 1024, CancellationToken.None);

        Assert.Equal(413, read.Problem!.StatusCode);
    }

    [Fact]
    public async Task TryReadAsync_ChunkedBodyOverTheLimit_Answers413WithoutTrustingContentLength()
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(new byte[2048]);

        var read = await RequestBody.TryReadAsync(context.Request, 1024, CancellationToken.None);

        Assert.Null(read.Body);
        Assert.Equal(413, read.Problem!.StatusCode);
    }

    private sealed class FailingStream(Exception error) : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(error);
    }
}
