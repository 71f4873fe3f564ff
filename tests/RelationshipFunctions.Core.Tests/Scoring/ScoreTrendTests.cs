using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Tests.Scoring;

public sealed class ScoreTrendTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Of_DailyHistory_ComparesWithTheScoreAtLeastThatOld()
    {
        (DateOnly, double)[] history =
        [
            (Today.AddDays(-100), 40), (Today.AddDays(-90), 50), (Today.AddDays(-31), 60),
            (Today.AddDays(-8), 70), (Today.AddDays(-6), 75),
        ];

        var trend = ScoreTrend.Of(Today, 72.5, history);

        // 7 days: the score of day −8 (70); 30 days: day −31 (60); 90 days: day −90 (50).
        Assert.Equal(new ScoreTrend(2.5, 12.5, 22.5), trend);
    }

    [Fact]
    public void Of_NoOldEnoughScore_IsMissing()
    {
        var trend = ScoreTrend.Of(Today, 50, [(Today.AddDays(-10), 40)]);

        Assert.Equal(new ScoreTrend(10, null, null), trend);
    }

    [Fact]
    public void Append_SameDayAndOldPoints_ReplacesTheDayAndDropsPointsBeyondTheKeptDays()
    {
        var text = "2026-07-01=10.0;2026-11-30=60.0;2026-12-01=61.0";

        var appended = ScoreTrend.Append(text, Today, 62);

        Assert.Equal("2026-11-30=60.0;2026-12-01=62.0", appended);
        Assert.Equal([(new DateOnly(2026, 11, 30), 60.0), (Today, 62.0)], ScoreTrend.Parse(appended));
    }
}
