namespace RelationshipFunctions.Delivery;

/// <summary>The fields a client sends to create or change a subscription; on a change, null leaves a field as it is.</summary>
public sealed record SubscriptionRequest(
    Uri? Url = null,
    IReadOnlyList<string>? EventTypes = null,
    SubscriptionFilter? Filter = null,
    bool? Enabled = null);
