namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>Rules shared by the support platforms.</summary>
internal static class SupportEvents
{
    /// <summary>Hours from a ticket's creation to its resolution, or null when either is unknown or the order is impossible.</summary>
    public static double? ResolutionHours(DateTimeOffset? createdAt, DateTimeOffset solvedAt)
    {
        if (createdAt is not { } created || created > solvedAt)
        {
            return null;
        }

        return Math.Round((solvedAt - created).TotalHours, 3);
    }

    /// <summary>
    /// A satisfaction rating as 0 (bad) to 100 (good): Zendesk's good/bad, Help Scout's great/okay/not good,
    /// happy/neutral/unhappy, a number of stars 1 to 5, or a number already 0 to 100 when <paramref name="percent"/>.
    /// </summary>
    public static double? Csat(string? rating, bool percent = false)
    {
        var folded = Tolerant.Fold(rating);
        if (folded.StartsWith("good", StringComparison.Ordinal) || folded.StartsWith("great", StringComparison.Ordinal)
            || folded.StartsWith("happy", StringComparison.Ordinal) || folded.StartsWith("satisfied", StringComparison.Ordinal))
        {
            return 100;
        }

        if (folded.StartsWith("bad", StringComparison.Ordinal) || folded.StartsWith("notgood", StringComparison.Ordinal)
            || folded.StartsWith("unhappy", StringComparison.Ordinal) || folded.StartsWith("unsatisfied", StringComparison.Ordinal))
        {
            return 0;
        }

        if (folded.StartsWith("okay", StringComparison.Ordinal) || folded.StartsWith("neutral", StringComparison.Ordinal))
        {
            return 50;
        }

        return Tolerant.Number(rating) switch
        {
            { } n when percent && n is >= 0 and <= 100 => n,
            { } n when n is >= 1 and <= 5 && n == Math.Floor(n) => (n - 1) * 25,
            _ => null,
        };
    }

    public static bool IsSolved(string? status) => Tolerant.Fold(status) is "solved" or "closed" or "resolved" or "4" or "5";

    public static bool IsOpen(string? status) => Tolerant.Fold(status) is "new" or "open" or "pending" or "hold" or "onhold" or "active" or "2" or "3";
}
