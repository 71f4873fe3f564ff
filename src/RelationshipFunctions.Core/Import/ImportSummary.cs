namespace RelationshipFunctions.Import;

/// <summary>Running totals of an import; <see cref="Errors"/> keeps the first problems by file line.</summary>
public sealed record ImportSummary(int Lines, int Accepted, int Duplicates, int Rejected, IReadOnlyList<string> Errors, long ElapsedMs)
{
    public double LinesPerSecond => ElapsedMs == 0 ? 0 : Lines * 1000.0 / ElapsedMs;
}
