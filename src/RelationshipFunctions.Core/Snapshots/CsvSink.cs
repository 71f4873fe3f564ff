using System.Globalization;
using System.Text;

namespace RelationshipFunctions.Snapshots;

/// <summary>RFC 4180 CSV: UTF-8 without a byte order mark, CRLF line ends, a header row, stable column order.</summary>
internal sealed class CsvSink(string name, Stream destination) : SnapshotSink(name, ContentTypes.Csv, destination)
{
    /// <summary>The CSV columns; new columns are only ever appended.</summary>
    public static readonly string[] Columns =
    [
        "customer_id", "tier", "score", "confidence", "recency_days", "purchase_days", "net_spend",
        "segment", "trend", "p_alive", "clv",
    ];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private StreamWriter? _writer;

    protected override async ValueTask WriteRowAsync(SnapshotRow row, CancellationToken cancellationToken)
    {
        var writer = await WriterAsync().ConfigureAwait(false);
        await writer.WriteLineAsync(Line(row)).ConfigureAwait(false);
    }

    protected override async Task FinishAsync(CancellationToken cancellationToken)
    {
        var writer = await WriterAsync().ConfigureAwait(false);
        await writer.DisposeAsync().ConfigureAwait(false);
    }

    private async ValueTask<StreamWriter> WriterAsync()
    {
        if (_writer is null)
        {
            _writer = new StreamWriter(Output, Utf8, bufferSize: 1 << 15, leaveOpen: true) { NewLine = "\r\n" };
            await _writer.WriteLineAsync(string.Join(',', Columns)).ConfigureAwait(false);
        }

        return _writer;
    }

    private static string Line(SnapshotRow row) => string.Join(
        ',',
        CsvText.Text(row.CustomerId),
        CsvText.Text(row.Tier),
        row.Score.ToString("0.0", CultureInfo.InvariantCulture),
        row.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
        row.RecencyDays?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        row.PurchaseDays.ToString(CultureInfo.InvariantCulture),
        row.NetSpend.ToString("0.00", CultureInfo.InvariantCulture),
        CsvText.Text(row.Segment ?? string.Empty),
        row.Trend?.ToString("0.0##", CultureInfo.InvariantCulture) ?? string.Empty,
        row.ProbabilityAlive?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty,
        row.LifetimeValue?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty);
}
