using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RelationshipFunctions.Snapshots;

namespace RelationshipFunctions.Functions.Snapshots;

/// <summary>Streams items to the response as JSON lines in 64 KiB writes, never the whole body in memory.</summary>
public sealed class JsonLinesResult<T>(IAsyncEnumerable<T> items, string entityTag) : IActionResult
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public IAsyncEnumerable<T> Items => items;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypes.JsonLines;
        response.Headers.ETag = entityTag;
        var cancellationToken = context.HttpContext.RequestAborted;
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        await using var writer = new Utf8JsonWriter(buffer);
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            JsonSerializer.Serialize(writer, item, Json);
            writer.Flush();
            writer.Reset();
            buffer.Write(NewLine);
            if (buffer.WrittenCount >= 1 << 16)
            {
                await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }
}
