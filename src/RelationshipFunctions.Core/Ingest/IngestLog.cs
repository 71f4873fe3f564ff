using Microsoft.Extensions.Logging;

namespace RelationshipFunctions.Ingest;

internal static partial class IngestLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "Ingested a batch from {Channel}: {AcceptedCount} accepted, {DuplicateCount} duplicate, {RejectedCount} rejected in {ElapsedMs} ms")]
    public static partial void BatchIngested(
        this ILogger logger, string channel, int acceptedCount, int duplicateCount, int rejectedCount, long elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Rejected {RejectedCount} of {ReceivedCount} items from {Channel}")]
    public static partial void ItemsRejected(this ILogger logger, string channel, int rejectedCount, int receivedCount);
}
