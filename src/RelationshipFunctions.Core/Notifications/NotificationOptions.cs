using System.ComponentModel.DataAnnotations;

namespace RelationshipFunctions.Notifications;

/// <summary>Where tier changes are posted, until subscriptions replace this list.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Absolute http(s) URLs that receive every tier change as a JSON POST. Default: none.</summary>
    public IList<Uri> DownstreamUrls { get; } = [];

    /// <summary>How long one POST may take before it counts as failed, in seconds. Default: 10.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The Service Bus queue that carries tier changes to delivery. Default: <c>tier-changes</c>.</summary>
    [Required]
    public string QueueName { get; set; } = "tier-changes";
}
