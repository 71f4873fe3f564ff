using RelationshipFunctions.Notifications;

namespace RelationshipFunctions.Delivery;

/// <summary>One attempt to deliver one event to one subscription: the message on the <c>tier-changes</c> queue.</summary>
/// <param name="SubscriptionId">The subscription to deliver to.</param>
/// <param name="Event">The event, carried whole so that delivery needs no lookup.</param>
/// <param name="Attempt">1 for the first attempt; a retry carries the next number.</param>
public sealed record WebhookDelivery(string SubscriptionId, TierChangeEvent Event, int Attempt)
{
    /// <summary>Unique per attempt, so that the queue's duplicate detection never swallows a retry.</summary>
    public string MessageId => $"{Event.Id}.{SubscriptionId}.{Attempt}";
}
