namespace RelationshipFunctions.Scoring;

/// <summary>The scoring model file is unreadable or invalid; <see cref="Errors"/> names every bad field.</summary>
public sealed class ScoringModelException(string source, IReadOnlyList<string> errors)
    : Exception($"The scoring model {source} is invalid: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
