namespace RelationshipFunctions.Snapshots;

/// <summary>
/// One data file being written: rows go in one at a time and out to an open blob stream, counted
/// and hashed on the way, so nothing but the format's own buffer is held in memory.
/// </summary>
internal abstract class SnapshotSink(string name, string contentType, Stream destination) : IAsyncDisposable
{
    protected HashingWriteStream Output { get; } = new(destination);

    public string Name { get; } = name;

    public string ContentType { get; } = contentType;

    public int Rows { get; private set; }

    public async ValueTask WriteAsync(SnapshotRow row, CancellationToken cancellationToken)
    {
        await WriteRowAsync(row, cancellationToken).ConfigureAwait(false);
        Rows++;
    }

    /// <summary>Flushes the format and commits the blob; the result describes exactly the bytes stored.</summary>
    public async Task<SnapshotFile> CompleteAsync(CancellationToken cancellationToken)
    {
        await FinishAsync(cancellationToken).ConfigureAwait(false);
        await destination.DisposeAsync().ConfigureAwait(false);
        return new SnapshotFile(Name, ContentType, Output.BytesWritten, Rows, Output.HashHex());
    }

    /// <summary>
    /// Releases the format. The blob stream is disposed (and the blob committed) only by <see cref="CompleteAsync"/>:
    /// a run that fails part-way abandons its staged blocks rather than commit a half-written file.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await DisposeFormatAsync().ConfigureAwait(false);
        await Output.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    protected abstract ValueTask WriteRowAsync(SnapshotRow row, CancellationToken cancellationToken);

    protected abstract Task FinishAsync(CancellationToken cancellationToken);

    protected virtual ValueTask DisposeFormatAsync() => ValueTask.CompletedTask;
}
