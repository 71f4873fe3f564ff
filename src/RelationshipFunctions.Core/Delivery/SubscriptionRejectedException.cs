namespace RelationshipFunctions.Delivery;

/// <summary>A subscription request cannot be accepted; the message says why and names no secret.</summary>
public sealed class SubscriptionRejectedException(string message) : Exception(message);
