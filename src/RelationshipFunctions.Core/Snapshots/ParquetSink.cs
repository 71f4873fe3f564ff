using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace RelationshipFunctions.Snapshots;

/// <summary>
/// Parquet for data teams: rows are buffered column by column up to one row group and then written
/// out, so memory is bounded by the row group size, not by the population.
/// </summary>
internal sealed class ParquetSink(string name, Stream destination, int rowGroupSize)
    : SnapshotSink(name, ContentTypes.Parquet, destination)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly DataField<string> CustomerId = new("customer_id");
    private static readonly DataField<string> Tier = new("tier");
    private static readonly DataField<double> Score = new("score");
    private static readonly DataField<double> Confidence = new("confidence");
    private static readonly DataField<int?> RecencyDays = new("recency_days");
    private static readonly DataField<int> PurchaseDays = new("purchase_days");
    private static readonly DataField<double> NetSpend = new("net_spend");
    private static readonly DataField<string> Segment = new("segment");
    private static readonly DataField<double?> Trend = new("trend");
    private static readonly DataField<double?> ProbabilityAlive = new("p_alive");
    private static readonly DataField<double?> LifetimeValue = new("clv");
    private static readonly DataField<string> GroupScores = new("group_scores_json");

    private static readonly ParquetSchema Schema = new(
        CustomerId, Tier, Score, Confidence, RecencyDays, PurchaseDays, NetSpend, Segment, Trend, ProbabilityAlive, LifetimeValue, GroupScores);

    private readonly List<SnapshotRow> _buffer = new(Math.Min(rowGroupSize, 4096));
    private ParquetWriter? _writer;

    protected override async ValueTask WriteRowAsync(SnapshotRow row, CancellationToken cancellationToken)
    {
        _buffer.Add(row);
        if (_buffer.Count >= rowGroupSize)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Count > 0 || _writer is null)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }

        await _writer!.DisposeAsync().ConfigureAwait(false);
    }

    private async Task FlushRowGroupAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(Schema, Output, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        using (var group = _writer.CreateRowGroup())
        {
            await group.WriteAsync(CustomerId, _buffer.Select(row => row.CustomerId).ToArray(), null)
                .ConfigureAwait(false);
            await group.WriteAsync(Tier, _buffer.Select(row => row.Tier).ToArray(), null).ConfigureAwait(false);
            await group.WriteAsync<double>(Score, Column(row => row.Score), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await group.WriteAsync<double>(Confidence, Column(row => row.Confidence), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await group.WriteAsync<int>(RecencyDays, Column(row => row.RecencyDays), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await group.WriteAsync<int>(PurchaseDays, Column(row => row.PurchaseDays), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await group.WriteAsync<double>(NetSpend, Column(row => row.NetSpend), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await group.WriteAsync(Segment, _buffer.Select(row => row.Segment!).ToArray(), null).ConfigureAwait(false);
            await group.WriteAsync<double>(Trend, Column(row => row.Trend), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await group.WriteAsync<double>(ProbabilityAlive, Column(row => row.ProbabilityAlive), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await group.WriteAsync<double>(LifetimeValue, Column(row => row.LifetimeValue), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await group.WriteAsync(
                GroupScores, _buffer.Select(row => JsonSerializer.Serialize(row.GroupScores, Json)).ToArray(), null)
                    .ConfigureAwait(false);
        }

        _buffer.Clear();
    }

    private ReadOnlyMemory<T> Column<T>(Func<SnapshotRow, T> value) => _buffer.Select(value).ToArray();
}
