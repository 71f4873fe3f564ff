namespace RelationshipFunctions.Scoring;

/// <summary>
/// How well one firmographic attribute fits the business: the score (0–100) of each good value, matched
/// without regard to case, and the score of every other value.
/// </summary>
public sealed record FitTableModel
{
    /// <summary>Scores of the attribute's values, for example <c>{ "software": 100, "retail": 60 }</c>.</summary>
    public IReadOnlyDictionary<string, double> Values { get; init; } = new Dictionary<string, double>();

    /// <summary>The score of a value the table does not name. Default: 0.</summary>
    public double Otherwise { get; init; }

    /// <summary>The score of <paramref name="value"/>.</summary>
    public double ScoreOf(string value) =>
        Values.FirstOrDefault(entry => string.Equals(entry.Key, value, StringComparison.OrdinalIgnoreCase)) is { Key: not null } hit
            ? hit.Value
            : Otherwise;
}
