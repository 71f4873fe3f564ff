using System.Globalization;
using System.Net;
using System.Text;

namespace RelationshipFunctions.Snapshots;

/// <summary>
/// The run's report: one self-contained HTML page (inline CSS and SVG, no script, and a content
/// security policy that forbids fetching anything) that opens straight from Blob Storage or a disk.
/// </summary>
public static class SnapshotReport
{
    private const string Style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#1d2330;max-width:60em}
        h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
        table{border-collapse:collapse}td,th{padding:.25em .7em;border:1px solid #d5d9e0;text-align:right}
        th:first-child,td:first-child{text-align:left}.up{color:#17803d}.down{color:#b42318}
        .bar{fill:#3f6ad8}.axis{stroke:#8a93a6}.value,.label{font-size:11px;text-anchor:middle;fill:#1d2330}
        dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{color:#5b6475}
        """;

    /// <summary>Renders the report of a run from its statistics and, when there is one, the previous run's manifest.</summary>
    public static string Render(
        string runId, DateTimeOffset asOf, DateTimeOffset createdAt, string modelVersion, SnapshotStats stats, SnapshotManifest? previous)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        html.Append("<title>Relationship snapshot ").Append(Encode(runId)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Relationship snapshot, as of ").Append(Date(asOf)).Append("</h1><dl>");
        Term(html, "Run", runId);
        Term(html, "Model version", modelVersion);
        Term(html, "Customers", Number(stats.Count));
        Term(html, "Scores as of", asOf.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        Term(html, "Newest purchase in the data", stats.FreshestRecencyDays is { } days
            ? $"{Date(asOf.AddDays(-days))} ({days} days before the as-of time)" : "none");
        Term(html, "Written", createdAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        Term(html, "Compared with", previous is null ? "no earlier run" : $"run {previous.RunId} as of {Date(previous.AsOf)}");
        html.Append("</dl>");

        html.Append("<h2>Score distribution</h2>");
        var bins = stats.Histogram.Select((count, i) => ($"{i * SnapshotStats.BinWidth}", count)).ToList();
        html.Append(SvgBarChart.Render("histogram", "Customers by score, in bins of 5 points", bins));

        var tiers = stats.TiersHighToLow.Union(previous?.TierCounts.Keys ?? [], StringComparer.Ordinal).ToList();
        html.Append("<h2>Tiers</h2><table><tr><th>tier</th><th>customers</th><th>change</th></tr>");
        foreach (var tier in tiers)
        {
            var now = stats.TierCounts.GetValueOrDefault(tier);
            var change = previous is null ? "" : Signed(now - previous.TierCounts.GetValueOrDefault(tier));
            html.Append("<tr><td>").Append(Encode(tier)).Append("</td><td>").Append(Number(now)).Append("</td><td>").Append(change).Append("</td></tr>");
        }

        html.Append("</table>");
        html.Append(SvgBarChart.Render("tiers", "Customers by tier", [.. tiers.Select(t => (t, stats.TierCounts.GetValueOrDefault(t)))]));

        html.Append("<h2>Tier migration since the previous run</h2>");
        html.Append(MigrationMatrix.Render(stats, tiers));

        html.Append("<h2>Segments</h2>");
        html.Append(stats.SegmentCounts.Count == 0
            ? "<p>The scoring model assigns no named segments yet.</p>"
            : SvgBarChart.Render("segments", "Customers by segment", [.. stats.SegmentCounts.Select(pair => (pair.Key, pair.Value))]));

        html.Append("<h2>Biggest movers</h2>");
        Movers(html, "Risers", stats.Risers);
        Movers(html, "Fallers", stats.Fallers);
        return html.Append("</body></html>").ToString();
    }

    private static void Movers(StringBuilder html, string title, IReadOnlyList<Mover> movers)
    {
        html.Append("<h3>").Append(title).Append("</h3>");
        if (movers.Count == 0)
        {
            html.Append("<p>None: no customer's score moved this way since the previous run.</p>");
            return;
        }

        html.Append("<table><tr><th>customer</th><th>score before</th><th>score now</th><th>change</th><th>tier</th></tr>");
        foreach (var mover in movers)
        {
            html.Append("<tr><td>").Append(Encode(mover.CustomerId)).Append("</td><td>").Append(Score(mover.From))
                .Append("</td><td>").Append(Score(mover.To)).Append("</td><td class=\"").Append(mover.Change > 0 ? "up" : "down").Append("\">")
                .Append(Signed(mover.Change)).Append("</td><td>").Append(Encode($"{mover.FromTier ?? "-"} → {mover.ToTier}")).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static void Term(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(term).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    internal static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Score(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+#,##0.#;-#,##0.#;0", CultureInfo.InvariantCulture);
}
