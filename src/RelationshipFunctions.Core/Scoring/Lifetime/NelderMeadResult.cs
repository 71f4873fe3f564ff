namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>Where a Nelder–Mead search stopped.</summary>
/// <param name="Point">The best point found.</param>
/// <param name="Value">The objective at <see cref="Point"/>.</param>
/// <param name="Evaluations">How many times the objective was evaluated.</param>
/// <param name="Converged">
/// True when the simplex shrank below the tolerances before the evaluation budget ran out.
/// </param>
public sealed record NelderMeadResult(IReadOnlyList<double> Point, double Value, int Evaluations, bool Converged);
