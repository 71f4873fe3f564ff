using System.Globalization;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// Applies a manual override to a score: an adjustment adds points (clamped to 0–100) as an extra factor
/// <c>override.adjustment</c>, so the contributions still add up to the score; a pin fixes the tier.
/// </summary>
public static class ScoreOverrides
{
    /// <summary>The factor group that carries an adjustment.</summary>
    public const string Group = "override";

    /// <summary>The score with the adjustment applied; unscored customers and pins leave the score as it is.</summary>
    public static CustomerScore Adjust(CustomerScore score, OverrideRow? entry, ScoringModel model)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(model);
        if (entry?.Adjustment is not { } points || score.Tier == Tiers.TierAssigner.Unscored)
        {
            return score;
        }

        var adjusted = Math.Clamp(Math.Round(score.Score + points, 1), 0, 100);
        var factor = new FactorScore(Group, "adjustment", points, null, 0, Math.Round(adjusted - score.Score, 1));
        return score with
        {
            Score = adjusted,
            Tier = model.Tiers.First(tier => adjusted >= tier.MinScore).Name,
            Factors = [.. score.Factors, factor],
        };
    }

    /// <summary>The pinned tier, or null.</summary>
    public static string? PinnedTier(OverrideRow? entry) => entry?.PinTier;

    /// <summary>A line for the explanation, for example "pinned to gold until 2027-01-31 by ana: key account".</summary>
    public static string? Describe(OverrideRow? entry)
    {
        if (entry is null)
        {
            return null;
        }

        var what = entry.PinTier is { } tier
            ? "pinned to " + tier
            : string.Create(CultureInfo.InvariantCulture, $"adjusted by {entry.Adjustment:+0.0;-0.0} points");
        return string.Create(CultureInfo.InvariantCulture,
            $"{what} until {entry.ExpiresAt:yyyy-MM-dd} by {entry.Author}: {entry.Reason}");
    }
}
