using Microsoft.Extensions.Logging;

namespace RelationshipFunctions.Snapshots;

internal static partial class SnapshotLog
{
    [LoggerMessage(EventId = 601, Level = LogLevel.Information,
        Message = "Snapshot {RunId} written: {CustomerCount} customers, {FileCount} files, {Bytes} bytes in {ElapsedMs} ms")]
    public static partial void SnapshotWritten(this ILogger logger, string runId, int customerCount, int fileCount, long bytes, long elapsedMs);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information,
        Message = "Snapshot retention deleted {DeletedRunCount} runs, keeping {RetainRuns} and the latest")]
    public static partial void SnapshotsPruned(this ILogger logger, int deletedRunCount, int retainRuns);
}
