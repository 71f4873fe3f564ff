namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>The special functions the lifetime models need: log-gamma and Gauss's hypergeometric 2F1.</summary>
public static class SpecialFunctions
{
    private const double HalfLogTwoPi = 0.91893853320467274178;

    /// <summary>The most terms the 2F1 series may sum before it is declared not convergent.</summary>
    public const int MaxSeriesTerms = 1_000_000;

    /// <summary>ln Γ(x) for x &gt; 0, accurate to about 1e-14.</summary>
    /// <remarks>
    /// Shifts x up to at least 10 with Γ(x + 1) = x Γ(x), then sums Stirling's asymptotic series,
    /// whose first omitted term is below 1e-13 there.
    /// </remarks>
    public static double LogGamma(double x)
    {
        if (!(x > 0) || double.IsPositiveInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "LogGamma needs a finite positive argument.");
        }

        var shift = 0.0;
        var product = 1.0;
        while (x < 10)
        {
            product *= x;
            x += 1;
            if (product > 1e250)
            {
                shift += Math.Log(product);
                product = 1.0;
            }
        }

        shift += Math.Log(product);
        var inverse = 1 / x;
        var inverse2 = inverse * inverse;
        var series = inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260
            - inverse2 * (1.0 / 1680 - inverse2 / 1188))));
        return ((x - 0.5) * Math.Log(x)) - x + HalfLogTwoPi + series - shift;
    }

    /// <summary>
    /// Gauss's hypergeometric function 2F1(a, b; c; z) for |z| &lt; 1, summed term by term until a term
    /// no longer changes the sum at double precision.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">|z| ≥ 1, or c is zero or a negative integer.</exception>
    /// <exception cref="InvalidOperationException">
    /// The series did not settle within <see cref="MaxSeriesTerms"/> terms.
    /// </exception>
    public static double Hypergeometric2F1(double a, double b, double c, double z)
    {
        if (!(Math.Abs(z) < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "The 2F1 series needs |z| < 1.");
        }

        if (c <= 0 && c == Math.Floor(c))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "2F1 is undefined for c = 0, -1, -2, ...");
        }

        var term = 1.0;
        var sum = 1.0;
        for (var n = 0; n < MaxSeriesTerms; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;

            // Stop once terms are negligible and shrinking: past n > |a|, |b|, |c| the ratio of
            // successive terms tends to z, so the rest of the tail is bounded by term * |z| / (1 - |z|).
            if (term == 0 || (n > 2 && Math.Abs(term) <= 1e-16 * Math.Abs(sum) * (1 - Math.Abs(z))
                && n + 1 > Math.Max(Math.Abs(a), Math.Abs(b))))
            {
                return sum;
            }
        }

        throw new InvalidOperationException(
            $"2F1({a}, {b}; {c}; {z}) did not converge within {MaxSeriesTerms} terms.");
    }
}
