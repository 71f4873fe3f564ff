using System.Globalization;
using System.Text;

namespace RelationshipFunctions.Snapshots;

/// <summary>The tier-migration matrix: rows are tiers before the run, columns tiers after it, cells shaded by count.</summary>
internal static class MigrationMatrix
{
    public static string Render(SnapshotStats stats, IReadOnlyList<string> tiers)
    {
        var from = tiers.Append(SnapshotStats.NewCustomer).Where(tier => tiers.Contains(tier) || Has(stats, tier)).ToList();
        var max = Math.Max(1, stats.Migrations.Values.DefaultIfEmpty(0).Max());
        var html = new StringBuilder("<table id=\"migration\"><tr><th>before \\ after</th>");
        foreach (var to in tiers)
        {
            html.Append("<th>").Append(SnapshotReport.Encode(to)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var before in from)
        {
            html.Append("<tr><th>").Append(SnapshotReport.Encode(before)).Append("</th>");
            foreach (var after in tiers)
            {
                var count = stats.Migrations.GetValueOrDefault((before, after));
                var alpha = (0.08 + (0.6 * count / max)).ToString("0.00", CultureInfo.InvariantCulture);
                var shade = count == 0 ? string.Empty : $" style=\"background:rgba(63,106,216,{alpha})\"";
                html.Append("<td").Append(shade).Append('>').Append(SnapshotReport.Number(count)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</table>").ToString();
    }

    private static bool Has(SnapshotStats stats, string from) => stats.Migrations.Keys.Any(key => key.From == from);
}
