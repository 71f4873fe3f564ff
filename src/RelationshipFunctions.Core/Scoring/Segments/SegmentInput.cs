namespace RelationshipFunctions.Scoring.Segments;

/// <summary>What the segment rules look at for one customer.</summary>
public sealed record SegmentInput(
    string Tier,
    double Score,
    double? Trend30,
    double? AliveProbability,
    double? RecencyDays,
    IReadOnlyDictionary<string, double?> GroupScores);
