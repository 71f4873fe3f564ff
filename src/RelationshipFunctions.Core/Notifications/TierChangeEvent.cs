namespace RelationshipFunctions.Notifications;

/// <summary>
/// A customer moved between tiers in a rescoring run. The id is derived from the customer, the as-of
/// date and the two tiers, so a rerun of the same night produces the same id and receivers can de-duplicate.
/// <see cref="Attribution"/> says which groups moved the score since <see cref="PreviousScore"/> (group → points).
/// </summary>
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
    double? PreviousScore = null,
    IReadOnlyDictionary<string, double>? Attribution = null)
{
    public const string TierChangedType = "customer.tier_changed";
}
