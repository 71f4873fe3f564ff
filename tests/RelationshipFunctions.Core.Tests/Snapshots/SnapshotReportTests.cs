using System.Text.Json.Nodes;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Snapshots;

public sealed class SnapshotReportTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_OpenedInHeadlessChromium_DrawsEveryChartAndRequestsNothing()
    {
        var stats = Stats();
        var previous = new SnapshotManifest(2, "r0", AsOf.AddDays(-1), AsOf, "m1", 300, new Dictionary<string, int> { ["gold"] = 90, ["bronze"] = 210 }, []);
        var path = Path.Combine(Directory.CreateTempSubdirectory("rf-report-").FullName, "report.html");
        await File.WriteAllTextAsync(path, SnapshotReport.Render("r1", AsOf, AsOf.AddHours(3), "m1", stats, previous));
        await using var chromium = await HeadlessChromium.StartAsync();

        await chromium.LoadAsync(new Uri(path));
        var page = await chromium.EvaluateAsync("""
            ({
              charts: document.querySelectorAll('svg.chart').length,
              drawnBars: [...document.querySelectorAll('#histogram rect.bar')].filter(r => r.getBBox().height > 0).length,
              histogramHeight: document.querySelector('#histogram').getBoundingClientRect().height,
              migrationCells: document.querySelectorAll('#migration td').length,
              resources: performance.getEntriesByType('resource').length
            })
            """);

        Assert.Equal(3, (int)page!["charts"]!);
        Assert.Equal(stats.Histogram.Count(bin => bin > 0), (int)page["drawnBars"]!);
        Assert.True((double)page["histogramHeight"]! > 100);
        Assert.Equal(4 * 5, (int)page["migrationCells"]!);
        Assert.Equal(0, (int)page["resources"]!);
        Assert.Equal([new Uri(path).AbsoluteUri], chromium.Requests);
    }

    [Fact]
    public void Render_Stats_ShowsTierChangesMoversAndFreshness()
    {
        var html = SnapshotReport.Render("r1", AsOf, AsOf, "m1", Stats(), null);

        Assert.Contains("no earlier run", html);
        Assert.Contains("<dd>2026-11-27 (3 days before the as-of time)</dd>", html);
        Assert.Contains("<td>c-00249</td><td>24.1</td><td>49.0</td><td class=\"up\">+24.9</td>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("a&b", "a&amp;b")]
    public void Render_SegmentName_IsHtmlEncoded(string segment, string encoded)
    {
        var stats = new SnapshotStats();
        stats.Add(SnapshotRows.Row("c-1", "gold", 70, segment));

        var html = SnapshotReport.Render("r1", AsOf, AsOf, "m1", stats, null);

        Assert.Contains(encoded, html);
        Assert.DoesNotContain(segment + "<", html);
    }

    private static SnapshotStats Stats()
    {
        var stats = new SnapshotStats();
        foreach (var i in Enumerable.Range(0, 300))
        {
            var score = i % 100;
            var row = SnapshotRows.Row($"c-{i:D5}", SnapshotRows.TierOf(score), score, i % 2 == 0 ? "loyal" : "new", previousScore: i < 250 ? score - (i / 10.0) : null);
            stats.Add(row with { PreviousTier = i < 250 ? SnapshotRows.TierOf(Math.Max(0, score - 20)) : null });
        }

        return stats;
    }
}
