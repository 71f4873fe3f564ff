using System.Diagnostics;
using RelationshipFunctions.Scoring.Lifetime;
using RelationshipFunctions.Tests.Testing;
using Xunit.Abstractions;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

/// <summary>Checks the BG/NBD fit against the published CDNOW results (Fader, Hardie and Lee 2005).</summary>
public sealed class BgNbdCdnowTests(ITestOutputHelper output)
{
    [CdnowFact]
    public void Fit_CdnowSample_MatchesPublishedParameters()
    {
        var summaries = CdnowSummaries();

        var watch = Stopwatch.StartNew();
        var fit = BgNbdFitter.Fit(summaries);
        watch.Stop();

        output.WriteLine($"{fit.Parameters} LL={fit.LogLikelihood:F3} {fit.Status} {watch.ElapsedMilliseconds} ms");
        Assert.Equal(2357, summaries.Count);
        Assert.Equal(FitStatus.Converged, fit.Status);
        Assert.Equal(0.243, fit.Parameters.R, 0.005);
        Assert.Equal(4.414, fit.Parameters.Alpha, 0.02);
        Assert.Equal(0.793, fit.Parameters.A, 0.005);
        Assert.Equal(2.426, fit.Parameters.B, 0.02);
        Assert.Equal(-9582.4, fit.LogLikelihood, 0.5);
    }

    [CdnowFact]
    public void LogLikelihood_PublishedParameters_MatchesPublishedValue()
    {
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));

        var logLikelihood = model.LogLikelihood(CdnowSummaries());

        Assert.Equal(-9582.4, logLikelihood, 0.5);
    }

    [CdnowFact]
    public void CumulativeRepeatPurchases_Week78_WithinFewPercentOfActual()
    {
        var transactions = CdnowData.Load(CdnowData.Sample);
        var summaries = CdnowSummaries();
        var model = new BgNbdModel(BgNbdFitter.Fit(summaries).Parameters);

        var forecast = CohortForecast.CumulativeRepeatPurchases(
            model, summaries.Select(s => s.FirstPurchase), CdnowData.Origin, 78);
        var actual = ActualRepeatPurchaseDays(transactions, CdnowData.HoldoutEnd);

        output.WriteLine($"week 39 forecast {forecast[38]:F1}, week 78 forecast {forecast[77]:F1}, actual {actual}");
        Assert.Equal(4339, actual);
        Assert.InRange(forecast[77], actual * 0.95, actual * 1.05);
    }

    [CdnowFact(CdnowData.Master)]
    public void Fit_CdnowMaster_TakesUnderFewSeconds()
    {
        var summaries = PurchaseSummaryBuilder.Build(CdnowData.Load(CdnowData.Master), CdnowData.CalibrationEnd);

        var watch = Stopwatch.StartNew();
        var fit = BgNbdFitter.Fit(summaries);
        watch.Stop();

        output.WriteLine($"{fit.Parameters} LL={fit.LogLikelihood:F3} {fit.Status} {watch.ElapsedMilliseconds} ms");
        Assert.Equal(23570, summaries.Count);
        Assert.Equal(FitStatus.Converged, fit.Status);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 5);
    }

    private static IReadOnlyList<PurchaseSummary> CdnowSummaries() =>
        PurchaseSummaryBuilder.Build(CdnowData.Load(CdnowData.Sample), CdnowData.CalibrationEnd);

    private static int ActualRepeatPurchaseDays(IEnumerable<CustomerTransaction> transactions, DateOnly end) =>
        transactions
            .Where(t => t.Date <= end)
            .GroupBy(t => t.CustomerId)
            .Sum(g => g.Select(t => t.Date).Distinct().Count() - 1);
}
