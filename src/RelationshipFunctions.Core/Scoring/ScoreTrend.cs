using System.Globalization;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// The change of a customer's score over 7, 30 and 90 days: the current score minus the latest earlier
/// score at least that many days old; null when no score is that old.
/// </summary>
public sealed record ScoreTrend(double? Change7, double? Change30, double? Change90)
{
    /// <summary>Days of history kept in a customer's row: enough for the 90-day trend.</summary>
    public const int KeptDays = 120;

    /// <summary>The trend of <paramref name="score"/> on <paramref name="day"/> against earlier (day, score) points.</summary>
    public static ScoreTrend Of(DateOnly day, double score, IEnumerable<(DateOnly Day, double Score)> earlier)
    {
        var points = earlier.Where(p => p.Day < day).OrderBy(p => p.Day).ToList();
        double? Change(int days)
        {
            var cutoff = day.AddDays(-days);
            var match = points.LastOrDefault(p => p.Day <= cutoff);
            return match == default ? null : Math.Round(score - match.Score, 1);
        }

        return new ScoreTrend(Change(7), Change(30), Change(90));
    }

    /// <summary>Parses the compact history "yyyy-MM-dd=score;..." kept in a customer's row.</summary>
    public static List<(DateOnly Day, double Score)> Parse(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : text.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Split('='))
                .Select(pair => (DateOnly.ParseExact(pair[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    double.Parse(pair[1], CultureInfo.InvariantCulture)))
                .ToList();

    /// <summary>Adds (or replaces) the day's score and drops points older than <see cref="KeptDays"/>.</summary>
    public static string Append(string? text, DateOnly day, double score) => string.Join(';',
        Parse(text)
            .Where(p => p.Day != day && p.Day >= day.AddDays(-KeptDays))
            .Append((Day: day, Score: score))
            .OrderBy(p => p.Day)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Day:yyyy-MM-dd}={p.Score:0.0}")));
}
