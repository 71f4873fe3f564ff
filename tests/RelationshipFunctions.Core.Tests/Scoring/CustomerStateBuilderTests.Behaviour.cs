using System.Text.Json;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Tests.Unit.Scoring;

/// <summary>The behaviour, status and profile metrics of the non-purchase groups; as-of 2026-12-01.</summary>
public sealed partial class CustomerStateBuilderTests
{
    // Each row: one signal type, the events' ages in days and values, the metric and its hand-computed value
    // with a 30-day half-life (age 0 weighs 1, age 30 weighs 0.5, age 60 weighs 0.25).
    [Theory]
    [InlineData(SignalTypes.WebVisit, new[] { 0, 30 }, null, "engagement.webVisits", 1.5)]
    [InlineData(SignalTypes.WebVisit, new[] { 0, 30 }, new[] { 4.0, 8.0 }, "engagement.pageViews", 8.0)]
    [InlineData(SignalTypes.EmailOpen, new[] { 30, 60 }, null, "engagement.emailOpens", 0.75)]
    [InlineData(SignalTypes.EmailClick, new[] { 0, 0, 60 }, null, "engagement.emailClicks", 2.25)]
    [InlineData(SignalTypes.SocialInteraction, new[] { 30 }, new[] { 6.0 }, "engagement.social", 3.0)]
    [InlineData(SignalTypes.ContentConsumed, new[] { 60 }, new[] { 45.0 }, "engagement.content", 0.25)]
    [InlineData(SignalTypes.TicketCreated, new[] { 0, 30, 60 }, null, "support.tickets", 1.75)]
    [InlineData(SignalTypes.TicketSolved, new[] { 0, 30 }, new[] { 3.0, 12.0 }, "support.resolutionHours", 6.0)]
    [InlineData(SignalTypes.SupportCsat, new[] { 0, 60 }, new[] { 100.0, 0.0 }, "support.csat", 80.0)]
    [InlineData(SignalTypes.SupportSentiment, new[] { 0, 30 }, new[] { -1.0, 0.5 }, "support.sentiment", -0.5)]
    [InlineData(SignalTypes.LoyaltyPointsEarned, new[] { 0, 30 }, new[] { 100.0, 100.0 }, "loyalty.pointsEarned", 150.0)]
    [InlineData(SignalTypes.LoyaltyPointsRedeemed, new[] { 60 }, new[] { 40.0 }, "loyalty.pointsRedeemed", 10.0)]
    [InlineData(SignalTypes.ReferralSent, new[] { 0, 0 }, null, "referral.referrals", 2.0)]
    [InlineData(SignalTypes.ReferralConverted, new[] { 30 }, null, "referral.conversions", 0.5)]
    [InlineData(SignalTypes.FeedbackNps, new[] { 0, 30 }, new[] { 9.0, 3.0 }, "feedback.nps", 7.0)]
    [InlineData(SignalTypes.FeedbackSurvey, new[] { 30, 30 }, new[] { 40.0, 80.0 }, "feedback.survey", 60.0)]
    [InlineData(SignalTypes.FeedbackReview, new[] { 0, 60 }, new[] { 5.0, 0.0 }, "feedback.reviews", 4.0)]
    [InlineData(SignalTypes.FeedbackTestimonial, new[] { 0 }, null, "feedback.testimonials", 1.0)]
    public void Build_EventsOfDifferentAges_DecayByHalfLife(
        string type, int[] ages, double[]? values, string metric, double expected)
    {
        // Review rating 0 is not valid input; the row only checks the weighting: (5·1 + 0·0.25) / 1.25 = 4.
        var signals = ages.Select((age, i) => Other(type, At(age, i), values?[i]));

        var state = Build(signals, halfLifeDays: 30);

        Assert.Equal(expected, state.Activity[metric], 10);
    }

    [Fact]
    public void Build_NoHalfLife_CountsEveryEventFully()
    {
        var state = Build([Other(SignalTypes.EmailOpen, At(0, 0)), Other(SignalTypes.EmailOpen, At(300, 1))]);

        Assert.Equal(2.0, state.Activity["engagement.emailOpens"]);
    }

    [Fact]
    public void Build_OnlyEmailDeliveries_CountsZeroOpensButLeavesOtherGroupsMissing()
    {
        var state = Build([Other(SignalTypes.EmailDelivered, At(3, 0))], halfLifeDays: 30);

        Assert.Equal(0.0, state.Activity["engagement.emailOpens"]);
        Assert.False(state.Activity.ContainsKey("support.tickets"));
        Assert.False(state.Activity.ContainsKey("support.csat"));
    }

    [Fact]
    public void Build_TicketsWithoutSatisfaction_CountsTicketsAndLeavesMeansMissing()
    {
        var state = Build([Other(SignalTypes.TicketCreated, At(0, 0)), Other(SignalTypes.TicketSolved, At(0, 1))]);

        Assert.Equal(1.0, state.Activity["support.tickets"]);
        Assert.False(state.Activity.ContainsKey("support.resolutionHours"));
        Assert.False(state.Activity.ContainsKey("support.csat"));
    }

    [Theory]
    [InlineData(SignalTypes.NewsletterSubscribe, SignalTypes.EmailUnsubscribe, 0.0)]
    [InlineData(SignalTypes.NewsletterUnsubscribe, SignalTypes.EmailResubscribe, 1.0)]
    public void Build_SubscriptionChanges_LatestWins(string earlier, string later, double expected)
    {
        var state = Build([Other(later, At(1, 0)), Other(earlier, At(5, 1))]);

        Assert.Equal(expected, state.Activity["engagement.subscribed"]);
    }

    [Fact]
    public void Build_LoyaltySignals_GiveMembershipAndLatestTierWithoutDecay()
    {
        var state = Build(
        [
            Other(SignalTypes.LoyaltyTier, At(10, 0), 3),
            Other(SignalTypes.LoyaltyTier, At(400, 1), 1),
            Other(SignalTypes.LoyaltyJoined, At(500, 2)),
        ], halfLifeDays: 30);

        Assert.Equal((1.0, 3.0), (state.Activity["loyalty.member"], state.Activity["loyalty.tier"]));
    }

    [Fact]
    public void Build_PointsWithoutJoining_IsNotAMember()
    {
        var state = Build([Other(SignalTypes.LoyaltyPointsEarned, At(1, 0), 10)]);

        Assert.Equal(0.0, state.Activity["loyalty.member"]);
    }

    [Fact]
    public void Build_FirmographicProfiles_KeepTheLatestValueOfEachAttribute()
    {
        var state = Build([Profile(At(1, 0), "software"), Profile(At(90, 1), "retail", role: "buyer")]);

        Assert.Equal("software", state.Profile["industry"]);
        Assert.Equal("buyer", state.Profile["role"]);
        Assert.False(state.Profile.ContainsKey("country"));
    }

    private static string At(int ageDays, int index) =>
        AsOf.AddDays(-ageDays).AddMinutes(-index).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static Signal Profile(string occurredAt, string industry, string? role = null) => new(
        "c-1",
        SignalTypes.ProfileFirmographic,
        DateTimeOffset.Parse(occurredAt, System.Globalization.CultureInfo.InvariantCulture),
        "crm",
        "f-" + industry + occurredAt,
        null,
        role is null
            ? new Dictionary<string, string> { ["industry"] = industry }
            : new Dictionary<string, string> { ["industry"] = industry, ["role"] = role });

    private static string Json(CustomerState state) => JsonSerializer.Serialize(state);
}
