using Microsoft.Extensions.Logging;

namespace RelationshipFunctions.Scoring;

internal static partial class ScoringLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information,
        Message = "Rescoring run {RunId} scored {CustomerCount} customers from {SignalCount} signals with model {ModelVersion}: {TierChangeCount} tier changes in {ElapsedMs} ms")]
    public static partial void RunCompleted(
        this ILogger logger, string runId, int customerCount, long signalCount, string modelVersion, int tierChangeCount, long elapsedMs);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Rescoring run {RunId} failed after {ElapsedMs} ms")]
    public static partial void RunFailed(this ILogger logger, Exception exception, string runId, long elapsedMs);
}
