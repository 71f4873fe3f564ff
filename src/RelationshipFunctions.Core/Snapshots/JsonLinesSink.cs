using System.Text.Json;

namespace RelationshipFunctions.Snapshots;

/// <summary>JSON lines: the full record, one object per line, fields the model does not produce yet as <c>null</c>.</summary>
internal sealed class JsonLinesSink(string name, Stream destination) : SnapshotSink(name, ContentTypes.JsonLines, destination)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private Utf8JsonWriter? _writer;

    protected override async ValueTask WriteRowAsync(SnapshotRow row, CancellationToken cancellationToken)
    {
        _writer ??= new Utf8JsonWriter(Output);
        JsonSerializer.Serialize(_writer, row, Json);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _writer.Reset();
        await Output.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
    }

    protected override Task FinishAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async ValueTask DisposeFormatAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
