using RelationshipFunctions.Notifications;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// Narrows the events a subscription receives. Every part that is set must match; an empty filter matches all.
/// </summary>
/// <param name="ToTiers">Only changes into one of these tiers.</param>
/// <param name="FromTiers">Only changes out of one of these tiers.</param>
/// <param name="Direction"><c>upgrade</c> or <c>downgrade</c>, by the model's tier order; null for both.</param>
public sealed record SubscriptionFilter(
    IReadOnlyList<string>? ToTiers = null,
    IReadOnlyList<string>? FromTiers = null,
    string? Direction = null)
{
    public const string Upgrade = "upgrade";
    public const string Downgrade = "downgrade";

    /// <summary>Whether the change passes, given the model's tiers from the highest down.</summary>
    public bool Matches(TierChangeEvent change, IReadOnlyList<string> tiersHighestFirst)
    {
        if (ToTiers is { Count: > 0 } && !ToTiers.Contains(change.ToTier, StringComparer.Ordinal))
        {
            return false;
        }

        if (FromTiers is { Count: > 0 } && (change.FromTier is null || !FromTiers.Contains(change.FromTier, StringComparer.Ordinal)))
        {
            return false;
        }

        if (Direction is null || change.FromTier is null)
        {
            return Direction is null;
        }

        var climbed = IndexOf(tiersHighestFirst, change.ToTier) < IndexOf(tiersHighestFirst, change.FromTier);
        return Direction == Upgrade ? climbed : !climbed;
    }

    /// <summary>Why the filter cannot be used, or null when it can.</summary>
    public string? Problem(IReadOnlyList<string> tiers)
    {
        if (Direction is not (null or Upgrade or Downgrade))
        {
            return $"filter.direction must be '{Upgrade}' or '{Downgrade}'.";
        }

        var unknown = (ToTiers ?? []).Concat(FromTiers ?? []).FirstOrDefault(tier => !tiers.Contains(tier, StringComparer.Ordinal));
        return unknown is null ? null : $"The filter names a tier the model does not have: '{unknown}'.";
    }

    private static int IndexOf(IReadOnlyList<string> tiers, string tier)
    {
        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i] == tier)
            {
                return i;
            }
        }

        return tiers.Count;
    }
}
