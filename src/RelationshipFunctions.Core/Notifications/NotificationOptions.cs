using System.ComponentModel.DataAnnotations;

namespace RelationshipFunctions.Notifications;

/// <summary>Where tier changes travel to delivery.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>The Service Bus queue that carries webhook deliveries. Default: <c>tier-changes</c>.</summary>
    [Required]
    public string QueueName { get; set; } = "tier-changes";
}
