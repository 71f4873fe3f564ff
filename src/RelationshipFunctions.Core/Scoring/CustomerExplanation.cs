using System.Text.Json;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// One customer's score as a person reads it: tier, segment, trend, confidence, the factors pulling the score
/// up and down, the change since the previous run and the history (marking where the model changed).
/// </summary>
public sealed record CustomerExplanation(
    string CustomerId,
    double? Score,
    string Tier,
    string? Segment,
    string? Override,
    double Confidence,
    string ModelVersion,
    DateTimeOffset AsOf,
    ScoreTrend Trend,
    IReadOnlyList<FactorPull> Up,
    IReadOnlyList<FactorPull> Down,
    double? PreviousScore,
    IReadOnlyDictionary<string, double> Attribution,
    IReadOnlyList<FactorScore> Factors,
    IReadOnlyList<HistoryPoint> History)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How many factors each of <see cref="Up"/> and <see cref="Down"/> lists at most.</summary>
    public const int TopFactors = 3;

    /// <summary>Builds the explanation from the stored row and history (oldest first).</summary>
    public static CustomerExplanation From(CustomerRow row, IReadOnlyList<ScoreHistoryRow> history)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(history);
        var factors = JsonSerializer.Deserialize<List<FactorScore>>(row.Factors, Json) ?? [];
        // A factor pulls up when its score is above the neutral 50, by (score − 50) × weight points.
        var pulls = factors
            .Where(f => f.Score is not null && f.Weight > 0)
            .Select(f => new FactorPull(f.Group, f.Metric, f.Raw, Math.Round((f.Score!.Value - 50) * f.Weight, 1)))
            .ToList();
        var unscored = row.Tier == Tiers.TierAssigner.Unscored;
        return new CustomerExplanation(
            row.RowKey,
            unscored ? null : row.Score,
            row.Tier,
            row.Segment,
            row.Override,
            row.Confidence,
            row.ModelVersion,
            row.AsOf,
            new ScoreTrend(row.Trend7, row.Trend30, row.Trend90),
            pulls.Where(p => p.Points > 0).OrderByDescending(p => p.Points).Take(TopFactors).ToList(),
            pulls.Where(p => p.Points < 0).OrderBy(p => p.Points).Take(TopFactors).ToList(),
            row.PreviousScore,
            JsonSerializer.Deserialize<Dictionary<string, double>>(row.Attribution ?? "{}", Json) ?? [],
            factors,
            history.Select((h, i) => new HistoryPoint(
                h.AsOf, h.Score, h.Tier, h.ModelVersion, i > 0 && history[i - 1].ModelVersion != h.ModelVersion)).ToList());
    }
}

/// <summary>A factor's pull on the score: points above (positive) or below (negative) a neutral 50.</summary>
public sealed record FactorPull(string Group, string Metric, double? Raw, double Points);

/// <summary>One run's score; <paramref name="ModelChanged"/> is true when the model differs from the run before.</summary>
public sealed record HistoryPoint(DateTimeOffset AsOf, double Score, string Tier, string ModelVersion, bool ModelChanged);
