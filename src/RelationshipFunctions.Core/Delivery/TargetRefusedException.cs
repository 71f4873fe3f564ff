namespace RelationshipFunctions.Delivery;

/// <summary>A target URL or the address it resolves to is one that webhooks may not reach.</summary>
public sealed class TargetRefusedException(string message) : Exception(message);
