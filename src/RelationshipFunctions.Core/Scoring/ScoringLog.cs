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

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Rescoring run {RunId}: the lifetime fit ended {FitStatus} after {EvaluationCount} evaluations; P(alive), expected purchases and value are missing this run")]
    public static partial void LifetimeFitUnusable(this ILogger logger, string runId, string fitStatus, int evaluationCount);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Rescoring run {RunId}: {CustomerCount} customers already have a newer score; this older as-of was added to their history only")]
    public static partial void OlderAsOfHistoryOnly(this ILogger logger, string runId, int customerCount);
}
