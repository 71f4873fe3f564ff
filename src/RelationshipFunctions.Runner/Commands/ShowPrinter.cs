using System.Globalization;
using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Runner.Commands;

/// <summary>Prints a <see cref="CustomerExplanation"/> for <c>show</c>.</summary>
public static class ShowPrinter
{
    public static void Print(CustomerExplanation e, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var score = e.Score?.ToString("0.0", c) ?? "unscored (no data for any metric)";
        output.WriteLine(string.Create(c,
            $"Customer {e.CustomerId}: score {score}, tier {e.Tier}, segment {e.Segment ?? "-"}, confidence {e.Confidence:0.00}, model {e.ModelVersion}, as of {e.AsOf:yyyy-MM-dd}"));
        if (e.Override is { } manual)
        {
            output.WriteLine("  manual override: " + manual);
        }

        output.WriteLine($"  trend: 7 days {Signed(e.Trend.Change7)}, 30 days {Signed(e.Trend.Change30)}, 90 days {Signed(e.Trend.Change90)}");
        if (e.PreviousScore is { } before)
        {
            var parts = e.Attribution.Select(a => string.Create(c, $"{a.Key} {a.Value:+0.0;-0.0}"));
            output.WriteLine(string.Create(c, $"  since the previous run: {before:0.0} -> {e.Score:0.0}: {string.Join(", ", parts)}"));
        }

        output.WriteLine("  pulling up (points above a neutral 50):   " + Pulls(e.Up));
        output.WriteLine("  pulling down (points below a neutral 50): " + Pulls(e.Down));
        output.WriteLine("  factor                          raw        0-100   weight  points");
        foreach (var factor in e.Factors)
        {
            var raw = factor.Raw?.ToString("0.##", c) ?? "no data";
            var metric = factor.Score?.ToString("0.0", c) ?? "-";
            output.WriteLine(string.Create(c,
                $"  {factor.Group + "." + factor.Metric,-31} {raw,-10} {metric,6}  {factor.Weight,6:0.00}  {factor.Contribution,6:0.0}"));
        }

        output.WriteLine("  history: " + string.Join(", ", e.History.Select(h => string.Create(c,
            $"{h.AsOf:yyyy-MM-dd} {h.Score:0.0} {h.Tier}{(h.ModelChanged ? $" (model changed to {h.ModelVersion})" : string.Empty)}"))));
    }

    private static string Signed(double? value) =>
        value?.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Pulls(IReadOnlyList<FactorPull> pulls) => pulls.Count == 0
        ? "-"
        : string.Join(", ", pulls.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Group}.{p.Metric} {p.Points:+0.0;-0.0}")));
}
