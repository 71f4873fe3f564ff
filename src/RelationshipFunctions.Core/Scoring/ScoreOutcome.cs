using System.Text.Json;
using RelationshipFunctions.Scoring.Segments;
using RelationshipFunctions.Scoring.Tiers;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// What a run decides for one customer beyond the raw score: the tier after hysteresis, the trend, the segment,
/// and the attribution of the change since the previous run.
/// </summary>
public sealed record ScoreOutcome(
    TierDecision Decision,
    ScoreTrend Trend,
    string Segment,
    IReadOnlyDictionary<string, double> Attribution,
    string RecentScores)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Evaluates one customer against the row the previous run left (null for a new customer).</summary>
    public static ScoreOutcome Evaluate(ScoringModel model, CustomerState state, CustomerScore score, CustomerRow? previous)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(score);
        var day = DateOnly.FromDateTime(state.AsOf.UtcDateTime);
        var trend = ScoreTrend.Of(day, score.Score, ScoreTrend.Parse(previous?.RecentScores));
        var attribution = previous is null
            ? new Dictionary<string, double>()
            : ScoreAttribution.Between(JsonSerializer.Deserialize<List<FactorScore>>(previous.Factors, Json) ?? [], score.Factors);
        if (score.Tier == TierAssigner.Unscored)
        {
            return new ScoreOutcome(new TierDecision(TierAssigner.Unscored, null, 0), trend, TierAssigner.Unscored, attribution,
                previous?.RecentScores ?? string.Empty);
        }

        var held = previous is { Tier.Length: > 0 } ? new TierDecision(previous.Tier, previous.PendingTier, previous.PendingRuns) : null;
        var decision = TierAssigner.Assign(score.Score, model.Tiers, model.TierHysteresis, held);
        var segment = SegmentClassifier.Classify(model.Segments, new SegmentInput(
            decision.Tier,
            score.Score,
            trend.Change30,
            state.Lifetime?.AliveProbability,
            state.RecencyDays,
            ScoreAttribution.GroupScores(score.Factors)));
        return new ScoreOutcome(decision, trend, segment, attribution, ScoreTrend.Append(previous?.RecentScores, day, score.Score));
    }
}
