namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>
/// Minimises a function of a few variables inside a box with the Nelder–Mead simplex method
/// (reflection 1, expansion 2, contraction ½, shrink ½). Points outside the box are clamped onto it.
/// </summary>
public static class NelderMead
{
    /// <summary>Minimises <paramref name="objective"/> from <paramref name="start"/>.</summary>
    /// <param name="objective">The function to minimise; non-finite values count as +∞.</param>
    /// <param name="start">The starting point, inside the box.</param>
    /// <param name="lower">Lower bound of each coordinate.</param>
    /// <param name="upper">Upper bound of each coordinate.</param>
    /// <param name="step">The initial simplex edge along each axis.</param>
    /// <param name="tolerance">Stop when both the spread of values and the simplex size fall below this.</param>
    /// <param name="maxEvaluations">The evaluation budget.</param>
    public static NelderMeadResult Minimize(
        Func<double[], double> objective,
        IReadOnlyList<double> start,
        IReadOnlyList<double> lower,
        IReadOnlyList<double> upper,
        double step = 0.5,
        double tolerance = 1e-10,
        int maxEvaluations = 20_000)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(start);
        var n = start.Count;
        var evaluations = 0;

        double Evaluate(double[] point)
        {
            evaluations++;
            var value = objective(point);
            return double.IsFinite(value) ? value : double.PositiveInfinity;
        }

        double[] Clamp(double[] point)
        {
            for (var i = 0; i < n; i++)
            {
                point[i] = Math.Clamp(point[i], lower[i], upper[i]);
            }

            return point;
        }

        var simplex = new double[n + 1][];
        var values = new double[n + 1];
        for (var v = 0; v <= n; v++)
        {
            var point = start.ToArray();
            if (v > 0)
            {
                // Step inwards when the start sits on the upper bound, so the simplex is never flat.
                point[v - 1] += point[v - 1] + step <= upper[v - 1] ? step : -step;
            }

            simplex[v] = Clamp(point);
            values[v] = Evaluate(simplex[v]);
        }

        var converged = false;
        while (evaluations < maxEvaluations)
        {
            var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ToArray();
            simplex = order.Select(i => simplex[i]).ToArray();
            values = order.Select(i => values[i]).ToArray();

            if (Math.Abs(values[n] - values[0]) <= tolerance * (1 + Math.Abs(values[0]))
                && Size(simplex) <= Math.Sqrt(tolerance))
            {
                converged = true;
                break;
            }

            var centroid = new double[n];
            for (var v = 0; v < n; v++)
            {
                for (var i = 0; i < n; i++)
                {
                    centroid[i] += simplex[v][i] / n;
                }
            }

            double[] Toward(double factor) =>
                Clamp(centroid.Select((c, i) => c + (factor * (simplex[n][i] - c))).ToArray());

            var reflected = Toward(-1);
            var reflectedValue = Evaluate(reflected);
            if (reflectedValue < values[0])
            {
                var expanded = Toward(-2);
                var expandedValue = Evaluate(expanded);
                (simplex[n], values[n]) = expandedValue < reflectedValue
                    ? (expanded, expandedValue)
                    : (reflected, reflectedValue);
                continue;
            }

            if (reflectedValue < values[n - 1])
            {
                (simplex[n], values[n]) = (reflected, reflectedValue);
                continue;
            }

            var contracted = reflectedValue < values[n] ? Toward(-0.5) : Toward(0.5);
            var contractedValue = Evaluate(contracted);
            if (contractedValue < Math.Min(reflectedValue, values[n]))
            {
                (simplex[n], values[n]) = (contracted, contractedValue);
                continue;
            }

            for (var v = 1; v <= n; v++)
            {
                simplex[v] = Clamp(simplex[v].Select((x, i) => simplex[0][i] + (0.5 * (x - simplex[0][i]))).ToArray());
                values[v] = Evaluate(simplex[v]);
            }
        }

        var best = Array.IndexOf(values, values.Min());
        return new NelderMeadResult(simplex[best], values[best], evaluations, converged);
    }

    private static double Size(double[][] simplex)
    {
        var size = 0.0;
        for (var v = 1; v < simplex.Length; v++)
        {
            for (var i = 0; i < simplex[v].Length; i++)
            {
                size = Math.Max(size, Math.Abs(simplex[v][i] - simplex[0][i]));
            }
        }

        return size;
    }
}
