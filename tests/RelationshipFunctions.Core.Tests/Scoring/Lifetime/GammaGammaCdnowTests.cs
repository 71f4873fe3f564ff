using RelationshipFunctions.Scoring.Lifetime;
using RelationshipFunctions.Tests.Testing;
using Xunit.Abstractions;

namespace RelationshipFunctions.Tests.Scoring.Lifetime;

/// <summary>Checks the Gamma-Gamma fit against Fader and Hardie's published CDNOW figures.</summary>
public sealed class GammaGammaCdnowTests(ITestOutputHelper output)
{
    [CdnowFact]
    public void Fit_CdnowSampleRepeatBuyers_MatchesPublishedParameters()
    {
        var summaries = PurchaseSummaryBuilder.Build(CdnowData.Load(CdnowData.Sample), CdnowData.CalibrationEnd);

        var fit = GammaGammaFitter.Fit(summaries);

        output.WriteLine($"{fit.Parameters} LL={fit.LogLikelihood:F3} {fit.Status} evals={fit.Evaluations}");
        Assert.Equal(946, summaries.Count(s => s.RepeatPurchases >= 1));
        Assert.Equal(FitStatus.Converged, fit.Status);
        Assert.Equal(6.25, fit.Parameters.P, 0.05);
        Assert.Equal(3.74, fit.Parameters.Q, 0.05);
        Assert.Equal(15.44, fit.Parameters.Gamma, 0.3);
    }
}
