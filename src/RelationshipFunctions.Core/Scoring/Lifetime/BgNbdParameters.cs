namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>
/// The four BG/NBD parameters (Fader, Hardie and Lee 2005): while alive, purchase rates are
/// gamma(<paramref name="R"/>, <paramref name="Alpha"/>) across customers (rate per week); after each
/// purchase a customer drops out with a probability that is beta(<paramref name="A"/>, <paramref name="B"/>)
/// across customers.
/// </summary>
/// <param name="R">Shape of the purchase-rate gamma distribution.</param>
/// <param name="Alpha">Scale of the purchase-rate gamma distribution, in weeks.</param>
/// <param name="A">First shape of the drop-out probability beta distribution.</param>
/// <param name="B">Second shape of the drop-out probability beta distribution.</param>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B);
