using RelationshipFunctions.Scoring;
using RelationshipFunctions.Scoring.Backtest;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Scoring.Backtest;

/// <summary>The default scoring-model.json backtested on CDNOW, weeks 1–39 against weeks 40–78.</summary>
public sealed class ModelBacktestCdnowTests
{
    [CdnowFact]
    public void Run_DefaultModelOnSample_BeatsRfmAndIsWithinToleranceOfBestBaseline()
    {
        var verdict = Verdict(CdnowData.Sample);

        Assert.True(verdict.BeatsRfm, $"model {verdict.ModelAuc:F4} vs RFM {verdict.RfmAuc:F4}");
        Assert.True(verdict.NearBest, $"model {verdict.ModelAuc:F4} vs {verdict.BestBaseline} {verdict.BestBaselineAuc:F4}");
    }

    [CdnowFact(CdnowData.Master)]
    public void Run_DefaultModelOnFullFile_BeatsRfmAndIsWithinToleranceOfBestBaseline()
    {
        var verdict = Verdict(CdnowData.Master);

        Assert.True(verdict.BeatsRfm, $"model {verdict.ModelAuc:F4} vs RFM {verdict.RfmAuc:F4}");
        Assert.True(verdict.NearBest, $"model {verdict.ModelAuc:F4} vs {verdict.BestBaseline} {verdict.BestBaselineAuc:F4}");
    }

    [CdnowFact]
    public void Scores_DefaultModelOnSample_ScoresEveryCalibrationBuyerWithinRange()
    {
        var model = ScoringModelLoader.LoadFile(Path.Combine(RepositoryRoot.Find(), "scoring-model.json"));

        var scores = ModelBacktest.Scores(model, CdnowData.Load(CdnowData.Sample), CdnowData.CalibrationEnd);

        Assert.Equal(2357, scores.Count);
        Assert.All(scores.Values, score => Assert.InRange(score, 0, 100));
    }

    private static BacktestVerdict Verdict(string fileName)
    {
        var model = ScoringModelLoader.LoadFile(Path.Combine(RepositoryRoot.Find(), "scoring-model.json"));
        var report = ModelBacktest.Run(model, CdnowData.Load(fileName), CdnowData.CalibrationEnd, CdnowData.HoldoutEnd);
        return BacktestVerdict.Of(report);
    }
}
