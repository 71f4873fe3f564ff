namespace RelationshipFunctions.Scoring.Tiers;

/// <summary>
/// Gives a tier with hysteresis: a customer leaves the tier held only when the score lies more than the margin
/// outside that tier's band, and only after the configured number of consecutive runs pointing to one new tier.
/// </summary>
public static class TierAssigner
{
    /// <summary>The tier of a customer without data for any metric: not bronze, not scored at all.</summary>
    public const string Unscored = "unscored";

    /// <summary>The decision for this run.</summary>
    /// <param name="score">This run's score.</param>
    /// <param name="tiers">The model's tiers, highest threshold first.</param>
    /// <param name="hysteresis">The margin and runs.</param>
    /// <param name="previous">The decision stored by the previous run, or null for a new customer.</param>
    public static TierDecision Assign(
        double score,
        IReadOnlyList<TierModel> tiers,
        TierHysteresisModel hysteresis,
        TierDecision? previous)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        ArgumentNullException.ThrowIfNull(hysteresis);
        var plain = tiers.First(tier => score >= tier.MinScore).Name;
        var held = previous is null ? -1 : IndexOf(tiers, previous.Tier);
        if (held < 0 || plain == previous!.Tier)
        {
            return new TierDecision(plain, null, 0);
        }

        var lower = tiers[held].MinScore;
        var upper = held == 0 ? double.PositiveInfinity : tiers[held - 1].MinScore;
        var outside = score >= upper + hysteresis.Margin || score < lower - hysteresis.Margin;
        if (!outside)
        {
            return new TierDecision(previous.Tier, null, 0);
        }

        var runs = previous.PendingTier == plain ? previous.PendingRuns + 1 : 1;
        return runs >= hysteresis.Runs
            ? new TierDecision(plain, null, 0)
            : new TierDecision(previous.Tier, plain, runs);
    }

    private static int IndexOf(IReadOnlyList<TierModel> tiers, string name)
    {
        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
