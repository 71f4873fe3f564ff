namespace RelationshipFunctions.Notifications;

/// <summary>
/// A customer moved between tiers in a rescoring run. The id is derived from the customer, the as-of
/// date and the two tiers, so a rerun of the same night produces the same id and receivers can de-duplicate.
/// The trailing members were added later and are optional, so events recorded before them still read.
/// </summary>
/// <param name="Id">Stable for the same change of the same night.</param>
/// <param name="Type">The event type, <see cref="TierChangedType"/>.</param>
/// <param name="OccurredAt">When the change took effect: the run's as-of time.</param>
/// <param name="CustomerId">The customer whose tier changed.</param>
/// <param name="FromTier">The tier before; null when there was none.</param>
/// <param name="ToTier">The tier now.</param>
/// <param name="Score">The new score, 0 to 100.</param>
/// <param name="ModelVersion">The scoring model's version that produced the score.</param>
/// <param name="AsOf">The as-of time of the rescoring run.</param>
/// <param name="RunId">The rescoring run that found the change.</param>
/// <param name="Trend">The score's direction over recent runs (<c>rising</c>, <c>falling</c>, <c>flat</c>), when known.</param>
/// <param name="Attribution">The score points each factor group moved between the two runs, when known.</param>
/// <param name="Reason">Why the tier changed: one of <see cref="Reasons"/>; null on events recorded before it existed.</param>
/// <param name="PreviousScore">The score of the previous run, from which <paramref name="Attribution"/> is measured.</param>
public sealed record TierChangeEvent(
    string Id,
    string Type,
    DateTimeOffset OccurredAt,
    string CustomerId,
    string? FromTier,
    string ToTier,
    double Score,
    string ModelVersion,
    DateTimeOffset AsOf,
    string RunId,
    string? Trend = null,
    IReadOnlyDictionary<string, double>? Attribution = null,
    string? Reason = null,
    double? PreviousScore = null)
{
    public const string TierChangedType = "customer.tier_changed";

    /// <summary>The reasons a tier changes.</summary>
    public static class Reasons
    {
        public const string NewData = "new_data";
        public const string ModelChange = "model_change";
        public const string ManualOverride = "manual_override";
        public const string Erasure = "erasure";
    }
}
