namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>Lift of a score by decile: how much more often the outcome happens in each tenth of the ranking.</summary>
public static class DecileLift
{
    /// <summary>
    /// The outcome rate in each score decile divided by the overall rate; element 0 is the top decile.
    /// Customers are sorted by score, highest first, ties broken by their position in the input, and
    /// customer k of n falls in decile ⌊10 k / n⌋. Empty deciles and an overall rate of 0 give NaN.
    /// </summary>
    public static double[] ByDecile(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        var n = scores.Count;
        var overall = n == 0 ? 0 : outcomes.Count(o => o) / (double)n;
        var order = Enumerable.Range(0, n).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var hits = new double[10];
        var sizes = new double[10];
        for (var k = 0; k < n; k++)
        {
            var decile = 10 * k / n;
            sizes[decile]++;
            hits[decile] += outcomes[order[k]] ? 1 : 0;
        }

        return Enumerable.Range(0, 10)
            .Select(d => sizes[d] == 0 || overall == 0 ? double.NaN : hits[d] / sizes[d] / overall)
            .ToArray();
    }

    /// <summary>The top-decile lift: the outcome rate among the highest-scored tenth over the overall rate.</summary>
    public static double Top(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes) =>
        ByDecile(scores, outcomes)[0];
}
