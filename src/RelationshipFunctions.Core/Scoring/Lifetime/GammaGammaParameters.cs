namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>
/// The Gamma-Gamma spend model's parameters (Fader and Hardie): a customer's spend per purchase is
/// gamma(<paramref name="P"/>, ν) around their own mean, and ν is gamma(<paramref name="Q"/>,
/// <paramref name="Gamma"/>) across customers.
/// </summary>
/// <param name="P">Shape of the per-purchase spend distribution.</param>
/// <param name="Q">Shape of the across-customer distribution of ν.</param>
/// <param name="Gamma">Scale of the across-customer distribution of ν, in currency units.</param>
public sealed record GammaGammaParameters(double P, double Q, double Gamma)
{
    /// <summary>The population mean spend per purchase, pγ / (q − 1); infinite when q ≤ 1.</summary>
    public double PopulationMeanSpend => Q > 1 ? P * Gamma / (Q - 1) : double.PositiveInfinity;
}
