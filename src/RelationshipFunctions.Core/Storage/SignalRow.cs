using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Storage;

/// <summary>
/// A signal as stored in the signals table. Partition: the customer's shard. Row key:
/// <c>{customerId}|{source}|{event key}</c>, so a redelivered event lands on the same row and
/// one customer's signals are a key range.
/// </summary>
public sealed class SignalRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CustomerId { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public DateTimeOffset OccurredAt { get; set; }
    public string Source { get; set; } = string.Empty;
    public string SourceEventId { get; set; } = string.Empty;
    public double? Value { get; set; }

    /// <summary>Attributes as a JSON object, or null when there are none.</summary>
    public string? Attributes { get; set; }

    public DateTimeOffset IngestedAt { get; set; }

    public static SignalRow From(Signal signal, DateTimeOffset ingestedAt) => new()
    {
        PartitionKey = StorageLayout.PartitionOf(signal.CustomerId),
        RowKey = RowKeyOf(signal),
        CustomerId = signal.CustomerId,
        Type = signal.Type,
        OccurredAt = signal.OccurredAt,
        Source = signal.Source,
        SourceEventId = signal.SourceEventId,
        Value = signal.Value,
        Attributes = signal.Attributes.Count == 0 ? null : JsonSerializer.Serialize(signal.Attributes),
        IngestedAt = ingestedAt,
    };

    public Signal ToSignal() => new(
        CustomerId,
        Type,
        OccurredAt,
        Source,
        SourceEventId,
        Value,
        Attributes is null
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(Attributes) ?? []);

    /// <summary>
    /// The row key of a signal. Event ids made only of key-safe characters are kept as they are;
    /// any other id is replaced by its SHA-256, marked with '~', which no plain id contains.
    /// </summary>
    public static string RowKeyOf(Signal signal)
    {
        var id = signal.SourceEventId;
        var eventKey = id.All(IsKeySafe)
            ? id
            : "~" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
        return string.Join(StorageLayout.KeySeparator, signal.CustomerId, signal.Source, eventKey);
    }

    private static bool IsKeySafe(char c) => SignalValidator.IsIdChar(c) || c == '=';
}
