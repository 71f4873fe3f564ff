using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Scoring;

/// <summary>The states after <see cref="LifetimeMetrics.Apply"/>, and the fits (null when not run).</summary>
/// <param name="States">The states, in the input order, with lifetime estimates where they could be made.</param>
/// <param name="BgNbd">The purchase-count fit; when it did not converge no state has an estimate.</param>
/// <param name="GammaGamma">The spend fit; when it did not converge expected value is missing.</param>
public sealed record LifetimeFits(
    IReadOnlyList<CustomerState> States,
    ModelFit<BgNbdParameters>? BgNbd,
    ModelFit<GammaGammaParameters>? GammaGamma);
