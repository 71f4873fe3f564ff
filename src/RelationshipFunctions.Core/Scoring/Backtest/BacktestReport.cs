using System.Globalization;
using System.Text;
using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Scoring.Backtest;

/// <summary>The result of a backtest: one row per score, plus what the scores were measured on.</summary>
/// <param name="Customers">Customers who bought in calibration (the scored population).</param>
/// <param name="HoldoutWeeks">The holdout length in weeks.</param>
/// <param name="HoldoutBuyers">Customers who bought at least once in the holdout.</param>
/// <param name="BgNbdFit">The BG/NBD fit behind the model row, with its status.</param>
/// <param name="Rows">One row per score.</param>
public sealed record BacktestReport(
    int Customers,
    double HoldoutWeeks,
    int HoldoutBuyers,
    ModelFit<BgNbdParameters> BgNbdFit,
    IReadOnlyList<BacktestRow> Rows)
{
    /// <summary>The report as a markdown table (also readable as plain text).</summary>
    public string ToMarkdown()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(
            culture, $"{Customers} customers, holdout {HoldoutWeeks:F1} weeks, {HoldoutBuyers} bought again.");
        text.AppendLine();
        text.AppendLine(
            "| score | AUC | Spearman (spend) | top-decile lift | predicted purchases | actual purchases |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in Rows)
        {
            text.AppendLine(culture,
                $"| {row.Name} | {row.Auc:F3} | {row.Spearman:F3} | {row.TopDecileLift:F2} | "
                + $"{Optional(row.PredictedPurchases)} | {Optional(row.ActualPurchases)} |");
        }

        return text.ToString();
    }

    private static string Optional(double? value) =>
        value is { } v ? v.ToString("F0", CultureInfo.InvariantCulture) : "–";
}
