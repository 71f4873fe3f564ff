namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>Rank-based measures of how well a score orders customers: mid-ranks, AUC and Spearman's rho.</summary>
public static class RankStatistics
{
    /// <summary>
    /// The 1-based ranks of <paramref name="values"/> in ascending order; tied values share the mean of
    /// the ranks they span.
    /// </summary>
    public static double[] MidRanks(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]].Equals(values[order[start]]))
            {
                end++;
            }

            var midRank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = midRank;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>
    /// The area under the ROC curve of <paramref name="scores"/> for <paramref name="outcomes"/>, in the
    /// Mann–Whitney form: the chance a random positive scores above a random negative, ties counting ½.
    /// NaN when either class is empty.
    /// </summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        CheckSameLength(scores.Count, outcomes.Count);
        var ranks = MidRanks(scores);
        double positives = outcomes.Count(o => o);
        var negatives = outcomes.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var positiveRankSum = Enumerable.Range(0, ranks.Length).Where(i => outcomes[i]).Sum(i => ranks[i]);
        return (positiveRankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    /// <summary>
    /// Spearman's rank correlation: Pearson's correlation of the mid-ranks. NaN if either side is constant.
    /// </summary>
    public static double Spearman(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        CheckSameLength(first.Count, second.Count);
        return Pearson(MidRanks(first), MidRanks(second));
    }

    private static double Pearson(double[] x, double[] y)
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    private static void CheckSameLength(int first, int second)
    {
        if (first != second)
        {
            throw new ArgumentException($"The two lists differ in length ({first} and {second}).");
        }
    }
}
