using Microsoft.Extensions.Logging;

namespace RelationshipFunctions.Webhooks;

internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning,
        Message = "Rejected a {Platform} webhook delivery with {Status}: {Reason}")]
    public static partial void DeliveryRejected(this ILogger logger, string platform, int status, string reason);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "{Platform} webhook: {ReceivedCount} events, {AcceptedCount} accepted, {DuplicateCount} duplicate, {IgnoredCount} ignored ({IgnoredTypes}), {QuarantinedCount} quarantined ({QuarantineReasons}) in {ElapsedMs} ms")]
    public static partial void DeliveryProcessed(
        this ILogger logger, string platform, int receivedCount, int acceptedCount, int duplicateCount, int ignoredCount,
        string ignoredTypes, int quarantinedCount, string quarantineReasons, long elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "{Platform} webhook: test or ping delivery, nothing stored")]
    public static partial void TestDelivery(this ILogger logger, string platform);
}
