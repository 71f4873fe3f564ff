using Microsoft.Extensions.Options;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

public sealed class RetryScheduleTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.999)]
    public void DelayAfter_DefaultSettings_GrowsUntilTheCapAndSpansAboutADay(double jitter)
    {
        var schedule = new RetrySchedule(Options.Create(new WebhookOptions()), new FixedRandom(jitter));

        var delays = Enumerable.Range(1, 14).Select(attempt => schedule.DelayAfter(attempt)!.Value).ToList();

        Assert.All(delays.Take(9).Zip(delays.Skip(1).Take(8)), pair => Assert.True(pair.Second > pair.First));
        Assert.All(delays, delay => Assert.True(delay <= TimeSpan.FromHours(4.8)));
        Assert.InRange(delays.Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay).TotalHours, 19, 30);
        Assert.Null(schedule.DelayAfter(15));
    }

    [Theory]
    [InlineData(0.0, 24)]
    [InlineData(0.5, 30)]
    [InlineData(0.999, 36)]
    public void DelayAfter_FirstAttempt_IsTheBaseWithJitter(double jitter, int expectedSeconds)
    {
        var schedule = new RetrySchedule(Options.Create(new WebhookOptions()), new FixedRandom(jitter));

        Assert.Equal(expectedSeconds, schedule.DelayAfter(1)!.Value.TotalSeconds, 0);
    }

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
