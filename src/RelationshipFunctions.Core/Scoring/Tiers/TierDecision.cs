namespace RelationshipFunctions.Scoring.Tiers;

/// <summary>The tier a customer holds after a run, and the change waiting for more runs, if any.</summary>
/// <param name="Tier">The tier held.</param>
/// <param name="PendingTier">The tier the score points to but has not yet been given, or null.</param>
/// <param name="PendingRuns">Consecutive runs the score has pointed to <paramref name="PendingTier"/>.</param>
public sealed record TierDecision(string Tier, string? PendingTier, int PendingRuns);
