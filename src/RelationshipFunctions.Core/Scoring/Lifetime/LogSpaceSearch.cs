namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>
/// Maximises a log-likelihood over positive parameters by Nelder–Mead on their logarithms, from
/// several starting points, restarting each search where it stopped until it no longer improves.
/// </summary>
internal static class LogSpaceSearch
{
    /// <summary>A parameter whose log lies this close to a bound is taken to have run to the bound.</summary>
    private const double BoundMargin = 1e-3;

    internal sealed record Outcome(
        double[] Parameters,
        double LogLikelihood,
        int Evaluations,
        bool Converged,
        int[] AtBound);

    public static Outcome Maximize(
        Func<double[], double> logLikelihood,
        IEnumerable<double[]> starts,
        double lowerBound,
        double upperBound)
    {
        Outcome? best = null;
        var evaluations = 0;
        foreach (var start in starts)
        {
            var n = start.Length;
            var lower = Enumerable.Repeat(Math.Log(lowerBound), n).ToArray();
            var upper = Enumerable.Repeat(Math.Log(upperBound), n).ToArray();
            double Objective(double[] logs) => -logLikelihood(logs.Select(v => Math.Exp(v)).ToArray());

            var point = start.Select(v => Math.Log(v)).ToArray();

            // Restart where the last search stopped until a restart no longer improves: a collapsed simplex
            // can stall short of the optimum.
            var previous = double.PositiveInfinity;
            NelderMeadResult result;
            for (var round = 1; ; round++)
            {
                result = NelderMead.Minimize(Objective, point, lower, upper);
                evaluations += result.Evaluations;
                point = [.. result.Point];
                if (round == 5 || previous - result.Value <= 1e-9 * (1 + Math.Abs(result.Value)))
                {
                    break;
                }

                previous = result.Value;
            }

            if (best is null || -result.Value > best.LogLikelihood)
            {
                var atBound = Enumerable.Range(0, n)
                    .Where(i => RunsToBound(Objective, point, i, lower[i], upper[i], result.Value))
                    .ToArray();
                var parameters = point.Select(v => Math.Exp(v)).ToArray();
                best = new Outcome(parameters, -result.Value, 0, result.Converged, atBound);
            }
        }

        return best is null
            ? throw new ArgumentException("At least one starting point is needed.", nameof(starts))
            : best with { Evaluations = evaluations };
    }

    /// <summary>
    /// True when parameter <paramref name="index"/> sits at a bound, or when moving it all the way to a
    /// bound costs (almost) no likelihood: then the optimum lies at the edge, not inside.
    /// </summary>
    private static bool RunsToBound(
        Func<double[], double> objective,
        double[] point,
        int index,
        double lower,
        double upper,
        double best)
    {
        if (point[index] <= lower + BoundMargin || point[index] >= upper - BoundMargin)
        {
            return true;
        }

        var slack = 1e-7 * (1 + Math.Abs(best));
        foreach (var edge in new[] { lower, upper })
        {
            var moved = (double[])point.Clone();
            moved[index] = edge;
            if (objective(moved) <= best + slack)
            {
                return true;
            }
        }

        return false;
    }
}
