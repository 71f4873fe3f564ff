using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Ingest.Quarantine;

/// <summary>
/// A message (or the rejected part of one) that can never be processed as it is. Partition:
/// <c>q{yyyyMMdd}</c> of arrival; row key: the message id. The body is kept so that an operator can
/// fix the producer and replay it.
/// </summary>
public sealed class QuarantineRow : ITableEntity
{
    /// <summary>Table Storage holds at most 64 KiB in a string property; longer bodies are cut and flagged.</summary>
    public const int MaxBodyChars = 30_000;

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Channel { get; set; } = string.Empty;
    public string Reason { get; set; } = string.Empty;

    /// <summary>The item errors as JSON, when only some items were rejected.</summary>
    public string? Errors { get; set; }

    public string Body { get; set; } = string.Empty;
    public bool BodyTruncated { get; set; }
    public string? ContentType { get; set; }
    public DateTimeOffset QuarantinedAt { get; set; }
    public DateTimeOffset? ReplayedAt { get; set; }
}
