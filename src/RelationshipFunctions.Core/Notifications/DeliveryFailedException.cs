namespace RelationshipFunctions.Notifications;

/// <summary>A downstream endpoint did not accept a notification; the queue retries the message.</summary>
public sealed class DeliveryFailedException(string message, Exception? inner = null) : Exception(message, inner);
