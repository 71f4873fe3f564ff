using RelationshipFunctions.Runner;
using RelationshipFunctions.Tests.Testing;
using Xunit.Abstractions;

namespace RelationshipFunctions.Tests.Runner;

/// <summary>backtest, dry-run, override and show through the console runner, on the CDNOW 1/10 sample.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ScoringCommandsTests(AzuriteFixture azurite, ITestOutputHelper log)
{
    private static string SamplePath => CdnowData.PathOf(CdnowData.Sample);

    [CdnowFact]
    public async Task Backtest_CdnowSample_PrintsEveryRowAndPasses()
    {
        var output = new StringWriter();

        var code = await RunnerApp.RunAsync(["backtest", "--file", SamplePath], output);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("2357 customers, holdout 39.0 weeks, 684 bought again.", text);
        Assert.Contains("| RFM quintile sum | 0.765 |", text);
        Assert.Contains("| model 2026-12-purchase-2 |", text);
        Assert.Contains("The model beats the RFM baseline", text);
    }

    [CdnowFact]
    public async Task OverrideThenShow_PinnedCustomer_ShowsThePinSegmentAndTrend()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = AzuriteFixture.NewPrefix(),
        };
        var output = new StringWriter();

        await RunnerApp.RunAsync(["import-cdnow", SamplePath], output, settings);
        await RunnerApp.RunAsync(["rescore", "--as-of", "1998-05-01"], output, settings);
        var set = await RunnerApp.RunAsync(
            ["override", "set", "00004", "--pin", "platinum", "--reason", "key account", "--until", "2099-01-01", "--by", "ana"],
            output, settings);
        await RunnerApp.RunAsync(["rescore", "--as-of", "1998-06-30"], output, settings);
        var dryRun = await RunnerApp.RunAsync(
            ["dry-run", "--model", Path.Combine(RepositoryRoot.Find(), "scoring-model.json"), "--as-of", "1998-06-30", "--calibration-end", "1997-09-30"], output, settings);
        var shown = new StringWriter();
        var show = await RunnerApp.RunAsync(["show", "00004"], shown, settings);

        Assert.Equal((0, 0, 0), (set, dryRun, show));
        Assert.Contains("2,357 customers; 0 would change tier.", output.ToString());
        var text = shown.ToString();
        log.WriteLine(output.ToString());
        log.WriteLine(text);
        Assert.Contains("tier platinum, segment ", text);
        Assert.Contains("manual override: pinned to platinum until 2099-01-01 by ana: key account", text);
        Assert.Contains(", 90 days n/a", text);
        Assert.DoesNotContain("7 days n/a", text);
        Assert.Contains("history: 1998-05-01 ", text);
    }
}
