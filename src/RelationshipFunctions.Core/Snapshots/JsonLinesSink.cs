using System.Buffers;
using System.Text.Json;

namespace RelationshipFunctions.Snapshots;

/// <summary>JSON lines: the full record, one object per line, fields the model does not produce yet as <c>null</c>.</summary>
internal sealed class JsonLinesSink : SnapshotSink
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Rows are serialized into this buffer and copied out in 64 KiB writes; flushing a JSON writer bound to
    // the blob stream would flush the blob stream too and stage one tiny block per row.
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _writer;

    public JsonLinesSink(string name, Stream destination)
        : base(name, ContentTypes.JsonLines, destination) => _writer = new Utf8JsonWriter(_buffer);

    protected override async ValueTask WriteRowAsync(SnapshotRow row, CancellationToken cancellationToken)
    {
        JsonSerializer.Serialize(_writer, row, Json);
        _writer.Flush();
        _writer.Reset();
        _buffer.Write("\n"u8);
        if (_buffer.WrittenCount >= 1 << 16)
        {
            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task FinishAsync(CancellationToken cancellationToken) => await DrainAsync(cancellationToken).ConfigureAwait(false);

    protected override async ValueTask DisposeFormatAsync() => await _writer.DisposeAsync().ConfigureAwait(false);

    private async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        await Output.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
    }
}
