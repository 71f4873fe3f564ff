namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>
/// Purchase summaries grouped by identical (x, t_x, T), with the terms that depend only on x computed
/// once per distinct x, so one likelihood evaluation over tens of thousands of customers stays cheap.
/// </summary>
internal sealed class BgNbdData
{
    private readonly int[] _x;
    private readonly double[] _weight;
    private readonly int[] _distinctX;
    private readonly int[] _xIndex;
    private readonly double[] _times;
    private readonly int[] _txIndex;
    private readonly int[] _tIndex;

    private BgNbdData(IReadOnlyList<(int X, double Tx, double T, int Count)> groups)
    {
        _x = groups.Select(g => g.X).ToArray();
        var tx = groups.Select(g => g.Tx).ToArray();
        var t = groups.Select(g => g.T).ToArray();
        _weight = groups.Select(g => (double)g.Count).ToArray();
        _distinctX = _x.Distinct().Order().ToArray();
        _xIndex = _x.Select(x => Array.BinarySearch(_distinctX, x)).ToArray();

        // Times come from whole days, so there are few distinct ones: log(α + time) is computed once each.
        _times = tx.Concat(t).Distinct().Order().ToArray();
        _txIndex = tx.Select(time => Array.BinarySearch(_times, time)).ToArray();
        _tIndex = t.Select(time => Array.BinarySearch(_times, time)).ToArray();
        Customers = groups.Sum(g => g.Count);
        MeanObservedWeeks = Customers == 0 ? 0 : groups.Sum(g => g.T * g.Count) / Customers;
    }

    public int Customers { get; }

    public double MeanObservedWeeks { get; }

    public static BgNbdData From(IEnumerable<PurchaseSummary> summaries) => new(
        summaries
            .GroupBy(s => (s.RepeatPurchases, s.LastPurchaseWeeks, s.ObservedWeeks))
            .Select(g => (g.Key.RepeatPurchases, g.Key.LastPurchaseWeeks, g.Key.ObservedWeeks, g.Count()))
            .ToList());

    /// <summary>The total log-likelihood at (r, α, a, b).</summary>
    public double LogLikelihood(double[] p)
    {
        var (r, alpha, a, b) = (p[0], p[1], p[2], p[3]);
        var baseTerm = SpecialFunctions.LogGamma(a + b) - SpecialFunctions.LogGamma(b)
            - SpecialFunctions.LogGamma(r) + (r * Math.Log(alpha));
        var common = new double[_distinctX.Length];
        var dropFactor = new double[_distinctX.Length];
        for (var i = 0; i < _distinctX.Length; i++)
        {
            var x = _distinctX[i];
            common[i] = baseTerm + SpecialFunctions.LogGamma(r + x) + SpecialFunctions.LogGamma(b + x)
                - SpecialFunctions.LogGamma(a + b + x);
            dropFactor[i] = x == 0 ? 0 : Math.Log(a) - Math.Log(b + x - 1);
        }

        var logTimes = _times.Select(time => Math.Log(alpha + time)).ToArray();
        var total = 0.0;
        for (var g = 0; g < _x.Length; g++)
        {
            var x = _x[g];
            var stillAlive = -(r + x) * logTimes[_tIndex[g]];
            var value = stillAlive;
            if (x > 0)
            {
                var droppedOut = dropFactor[_xIndex[g]] - ((r + x) * logTimes[_txIndex[g]]);
                var high = Math.Max(stillAlive, droppedOut);
                value = high + Math.Log(Math.Exp(stillAlive - high) + Math.Exp(droppedOut - high));
            }

            total += _weight[g] * (common[_xIndex[g]] + value);
        }

        return total;
    }
}
