namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>How a maximum-likelihood fit ended.</summary>
public enum FitStatus
{
    /// <summary>The likelihood has an interior maximum and the search found it.</summary>
    Converged,

    /// <summary>
    /// The likelihood keeps rising towards a parameter bound: the data do not pin the model down
    /// (for BG/NBD typically because nobody seems to drop out). The parameters are the bound, not an estimate.
    /// </summary>
    NoInteriorMaximum,

    /// <summary>The search ran out of evaluations before it settled.</summary>
    NotConverged,

    /// <summary>There was nothing to fit (no customers, or no repeat buyers for Gamma-Gamma).</summary>
    NoData,
}
