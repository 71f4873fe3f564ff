namespace RelationshipFunctions.Delivery;

/// <summary>The event types a subscription may ask for.</summary>
public static class WebhookEventTypes
{
    public const string TierChanged = Notifications.TierChangeEvent.TierChangedType;
    public const string SegmentEntered = "customer.segment_entered";
    public const string SegmentLeft = "customer.segment_left";
    public const string ScoreDropped = "customer.score_dropped";

    /// <summary>Every type a subscription may name; only <see cref="TierChanged"/> is emitted so far.</summary>
    public static IReadOnlySet<string> All { get; } =
        new HashSet<string>([TierChanged, SegmentEntered, SegmentLeft, ScoreDropped], StringComparer.Ordinal);
}
