using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Scoring;

/// <summary>
/// The behaviour metrics of the engagement, support, loyalty, referral and feedback groups: which signal
/// type feeds each, and how (decayed count, decayed sum of values, or decay-weighted mean of values).
/// </summary>
/// <remarks>
/// Missing-data rule: a count or sum is 0 when the customer has any signal of the metric's group and missing
/// otherwise (a shop without a support desk says nothing about tickets); a mean is missing without a value.
/// </remarks>
public static class BehaviourMetrics
{
    /// <summary>How a metric reads its signal type's events.</summary>
    public enum Kind
    {
        /// <summary>The decayed number of events.</summary>
        Count,

        /// <summary>The decayed sum of the events' values (1 where a value is optional and absent).</summary>
        Sum,

        /// <summary>The decay-weighted mean of the events' values.</summary>
        Mean,
    }

    /// <summary>One behaviour metric.</summary>
    public sealed record Definition(string Group, string Metric, string SignalType, Kind Kind);

    /// <summary>Every behaviour metric, in catalogue order.</summary>
    public static readonly IReadOnlyList<Definition> All =
    [
        new("engagement", "webVisits", SignalTypes.WebVisit, Kind.Count),
        new("engagement", "pageViews", SignalTypes.WebVisit, Kind.Sum),
        new("engagement", "emailOpens", SignalTypes.EmailOpen, Kind.Count),
        new("engagement", "emailClicks", SignalTypes.EmailClick, Kind.Count),
        new("engagement", "social", SignalTypes.SocialInteraction, Kind.Sum),
        new("engagement", "content", SignalTypes.ContentConsumed, Kind.Count),
        new("support", "tickets", SignalTypes.TicketCreated, Kind.Count),
        new("support", "resolutionHours", SignalTypes.TicketSolved, Kind.Mean),
        new("support", "csat", SignalTypes.SupportCsat, Kind.Mean),
        new("support", "sentiment", SignalTypes.SupportSentiment, Kind.Mean),
        new("loyalty", "pointsEarned", SignalTypes.LoyaltyPointsEarned, Kind.Sum),
        new("loyalty", "pointsRedeemed", SignalTypes.LoyaltyPointsRedeemed, Kind.Sum),
        new("referral", "referrals", SignalTypes.ReferralSent, Kind.Count),
        new("referral", "conversions", SignalTypes.ReferralConverted, Kind.Count),
        new("feedback", "nps", SignalTypes.FeedbackNps, Kind.Mean),
        new("feedback", "survey", SignalTypes.FeedbackSurvey, Kind.Mean),
        new("feedback", "reviews", SignalTypes.FeedbackReview, Kind.Mean),
        new("feedback", "testimonials", SignalTypes.FeedbackTestimonial, Kind.Count),
    ];

    /// <summary>The signal types some behaviour metric reads.</summary>
    public static readonly IReadOnlySet<string> SignalTypeNames = All.Select(d => d.SignalType).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The metric's value as of <paramref name="asOf"/>, or null under the missing-data rule above.
    /// </summary>
    public static double? Compute(
        Definition definition,
        DecayedSeries? series,
        bool groupSeen,
        DateOnly asOf,
        double halfLifeDays)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (series is null || series.IsEmpty)
        {
            return definition.Kind != Kind.Mean && groupSeen ? 0 : null;
        }

        return definition.Kind switch
        {
            Kind.Count => Math.Round(series.Count(asOf, halfLifeDays), 4),
            Kind.Sum => Math.Round(series.Sum(asOf, halfLifeDays), 4),
            _ => series.Mean(asOf, halfLifeDays) is { } mean ? Math.Round(mean, 4) : null,
        };
    }
}
