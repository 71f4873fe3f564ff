using Microsoft.Extensions.Logging;

namespace RelationshipFunctions.Delivery;

internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information,
        Message = "Delivered event {EventId} to subscription {SubscriptionId} on attempt {Attempt} in {LatencyMs} ms")]
    public static partial void Delivered(this ILogger logger, string eventId, string subscriptionId, int attempt, long latencyMs);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "Attempt {Attempt} of event {EventId} to subscription {SubscriptionId} failed ({Failure}); next in {DelaySeconds} s")]
    public static partial void Retrying(
        this ILogger logger, int attempt, string eventId, string subscriptionId, string failure, long delaySeconds);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error,
        Message = "Event {EventId} to subscription {SubscriptionId} dead-lettered after {Attempts} attempts ({Failure})")]
    public static partial void DeadLettered(this ILogger logger, string eventId, string subscriptionId, int attempts, string failure);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning,
        Message = "Subscription {SubscriptionId} disabled: {Reason}")]
    public static partial void Disabled(this ILogger logger, string subscriptionId, string reason);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information,
        Message = "Scheduled {DeliveryCount} deliveries for {EventCount} events")]
    public static partial void Scheduled(this ILogger logger, int deliveryCount, int eventCount);
}
