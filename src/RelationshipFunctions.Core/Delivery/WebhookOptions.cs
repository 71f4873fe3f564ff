using System.ComponentModel.DataAnnotations;

namespace RelationshipFunctions.Delivery;

/// <summary>How webhook deliveries are made, retried and guarded. Section <c>Delivery</c>.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Whether target URLs must use https. Default: true; only local development turns it off.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Whether loopback targets (127.0.0.0/8, ::1) are allowed. Default: false; for local development only.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>How long one delivery attempt may take, in seconds. Default: 10.</summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The most bytes of a receiver's response body that are read, in bytes. Default: 4096.</summary>
    [Range(0, 1_048_576)]
    public int MaxResponseBytes { get; set; } = 4096;

    /// <summary>Attempts per (event, subscription) before the delivery is dead-lettered. Default: 15.</summary>
    [Range(1, 30)]
    public int MaxAttempts { get; set; } = 15;

    /// <summary>The delay before the first retry, in seconds; each later retry doubles it. Default: 30.</summary>
    [Range(1, 3600)]
    public int FirstRetrySeconds { get; set; } = 30;

    /// <summary>The longest delay between two attempts, in seconds. Default: 14400 (4 hours).</summary>
    [Range(1, 86_400)]
    public int MaxRetrySeconds { get; set; } = 14_400;

    /// <summary>A subscription failing without a success for this long is disabled, in hours. Default: 72.</summary>
    [Range(1, 2160)]
    public int DisableAfterFailingHours { get; set; } = 72;
}
