using Microsoft.Extensions.Logging;

namespace RelationshipFunctions.Notifications;

internal static partial class NotificationLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Delivered tier change {EventId} to {EndpointCount} endpoints in {ElapsedMs} ms")]
    public static partial void Delivered(this ILogger logger, string eventId, int endpointCount, long elapsedMs);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Endpoint {EndpointHost} answered tier change {EventId} with status {StatusCode}")]
    public static partial void EndpointRejected(this ILogger logger, string endpointHost, string eventId, int statusCode);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Endpoint {EndpointHost} failed for tier change {EventId}: {FailureKind}")]
    public static partial void EndpointFailed(this ILogger logger, string endpointHost, string eventId, string failureKind);
}
