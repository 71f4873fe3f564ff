namespace RelationshipFunctions.Scoring.Tiers;

/// <summary>How reluctant a customer is to leave their tier, so that noise near a threshold stays quiet.</summary>
public sealed record TierHysteresisModel
{
    /// <summary>
    /// Points beyond the current tier's band the score must reach before the tier changes; 0 changes on any
    /// crossing. Default: 0.
    /// </summary>
    public double Margin { get; init; }

    /// <summary>Consecutive runs the score must point to the same new tier before it is taken. Default: 1.</summary>
    public int Runs { get; init; } = 1;
}
