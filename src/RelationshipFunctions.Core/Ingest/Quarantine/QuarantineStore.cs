using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Ingest.Quarantine;

/// <summary>Keeps unprocessable messages where an operator can list and replay them.</summary>
public sealed class QuarantineStore(StorageClients storage, TimeProvider clock)
{
    private TableClient Table => storage.Table(storage.Layout.QuarantineTable);

    public async Task<QuarantineRow> AddAsync(
        string channel,
        string messageId,
        string body,
        string? contentType,
        string reason,
        IReadOnlyList<ItemError>? errors,
        CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var row = new QuarantineRow
        {
            PartitionKey = "q" + now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            RowKey = SafeKey(messageId),
            Channel = channel,
            Reason = reason,
            Errors = errors is { Count: > 0 } ? JsonSerializer.Serialize(errors.Take(200)) : null,
            Body = body.Length > QuarantineRow.MaxBodyChars ? body[..QuarantineRow.MaxBodyChars] : body,
            BodyTruncated = body.Length > QuarantineRow.MaxBodyChars,
            ContentType = contentType,
            QuarantinedAt = now,
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return row;
    }

    public async Task<List<QuarantineRow>> ListAsync(bool includeReplayed, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<QuarantineRow>();
        await foreach (var row in Table.QueryAsync<QuarantineRow>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (includeReplayed || row.ReplayedAt is null)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    public async Task MarkReplayedAsync(QuarantineRow row, CancellationToken cancellationToken)
    {
        row.ReplayedAt = clock.GetUtcNow();
        await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static string SafeKey(string messageId)
    {
        var safe = new string(messageId.Where(c => c >= ' ' && c is not ('/' or '\\' or '#' or '?') && c != 0x7f).Take(200).ToArray());
        return safe.Length == 0 ? "message" : safe;
    }
}
