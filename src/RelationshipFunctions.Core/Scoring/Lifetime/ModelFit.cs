namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>The outcome of a maximum-likelihood fit.</summary>
/// <typeparam name="TParameters">The model's parameter record.</typeparam>
/// <param name="Parameters">The best parameters found; only an estimate when <see cref="Status"/> is Converged.</param>
/// <param name="LogLikelihood">The total log-likelihood at <see cref="Parameters"/>.</param>
/// <param name="Status">How the fit ended.</param>
/// <param name="Message">A plain sentence saying what happened, for logs and reports.</param>
/// <param name="Evaluations">Likelihood evaluations over all starting points.</param>
public sealed record ModelFit<TParameters>(
    TParameters Parameters,
    double LogLikelihood,
    FitStatus Status,
    string Message,
    int Evaluations)
{
    /// <summary>True when the parameters are an interior maximum-likelihood estimate.</summary>
    public bool Converged => Status == FitStatus.Converged;
}
