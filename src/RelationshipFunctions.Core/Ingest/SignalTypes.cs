using System.Collections.Frozen;

namespace RelationshipFunctions.Ingest;

/// <summary>The catalogue of signal types of schema version 1. Every factor group of the model has its types.</summary>
public static class SignalTypes
{
    public const string Purchase = "purchase";
    public const string Refund = "refund";
    public const string WebVisit = "web.visit";
    public const string EmailDelivered = "email.delivered";
    public const string EmailOpen = "email.open";
    public const string EmailClick = "email.click";
    public const string EmailUnsubscribe = "email.unsubscribe";
    public const string EmailResubscribe = "email.resubscribe";
    public const string EmailBounce = "email.bounce";
    public const string EmailSpamReport = "email.spam_report";
    public const string NewsletterSubscribe = "newsletter.subscribe";
    public const string NewsletterUnsubscribe = "newsletter.unsubscribe";
    public const string SocialInteraction = "social.interaction";
    public const string ContentConsumed = "content.consumed";
    public const string TicketCreated = "ticket.created";
    public const string TicketSolved = "ticket.solved";
    public const string TicketReopened = "ticket.reopened";
    public const string SupportCsat = "support.csat";
    public const string SupportSentiment = "support.sentiment";
    public const string LoyaltyJoined = "loyalty.joined";
    public const string LoyaltyPointsEarned = "loyalty.points_earned";
    public const string LoyaltyPointsRedeemed = "loyalty.points_redeemed";
    public const string LoyaltyTier = "loyalty.tier";
    public const string ReferralSent = "referral.sent";
    public const string ReferralConverted = "referral.converted";
    public const string FeedbackNps = "feedback.nps";
    public const string FeedbackSurvey = "feedback.survey";
    public const string FeedbackReview = "feedback.review";
    public const string FeedbackTestimonial = "feedback.testimonial";
    public const string ProfileFirmographic = "profile.firmographic";

    private const double Money = 1e9;

    public static readonly IReadOnlyList<SignalType> All =
    [
        new(Purchase, FactorGroup.Purchase, ValueRule.Mandatory(0, Money), "order value, in the business's currency"),
        new(Refund, FactorGroup.Purchase, ValueRule.Mandatory(0, Money), "refunded amount, in the business's currency"),
        new(WebVisit, FactorGroup.Engagement, ValueRule.Optional(0, 10_000), "pages viewed in the visit"),
        new(EmailDelivered, FactorGroup.Engagement, ValueRule.None, "none"),
        new(EmailOpen, FactorGroup.Engagement, ValueRule.None, "none"),
        new(EmailClick, FactorGroup.Engagement, ValueRule.None, "none"),
        new(EmailUnsubscribe, FactorGroup.Engagement, ValueRule.None, "none"),
        new(EmailResubscribe, FactorGroup.Engagement, ValueRule.None, "none"),
        new(EmailBounce, FactorGroup.Engagement, ValueRule.None, "none"),
        new(EmailSpamReport, FactorGroup.Engagement, ValueRule.None, "none"),
        new(NewsletterSubscribe, FactorGroup.Engagement, ValueRule.None, "none"),
        new(NewsletterUnsubscribe, FactorGroup.Engagement, ValueRule.None, "none"),
        new(SocialInteraction, FactorGroup.Engagement, ValueRule.Optional(0, 1_000_000), "interactions counted in the event"),
        new(ContentConsumed, FactorGroup.Engagement, ValueRule.Optional(0, 100_000), "minutes of content (webinar, video), if known"),
        new(TicketCreated, FactorGroup.Support, ValueRule.None, "none"),
        new(TicketSolved, FactorGroup.Support, ValueRule.Optional(0, 24 * 365 * 5), "resolution time, in hours"),
        new(TicketReopened, FactorGroup.Support, ValueRule.None, "none"),
        new(SupportCsat, FactorGroup.Support, ValueRule.Mandatory(0, 100), "satisfaction, 0 (bad) to 100 (good)"),
        new(SupportSentiment, FactorGroup.Support, ValueRule.Mandatory(-1, 1), "conversation sentiment, -1 (negative) to 1 (positive)"),
        new(LoyaltyJoined, FactorGroup.Loyalty, ValueRule.None, "none"),
        new(LoyaltyPointsEarned, FactorGroup.Loyalty, ValueRule.Mandatory(0, Money), "points earned"),
        new(LoyaltyPointsRedeemed, FactorGroup.Loyalty, ValueRule.Mandatory(0, Money), "points redeemed"),
        new(LoyaltyTier, FactorGroup.Loyalty, ValueRule.Mandatory(0, 100, wholeNumber: true), "tier rank held, 0 = lowest"),
        new(ReferralSent, FactorGroup.Referral, ValueRule.None, "none"),
        new(ReferralConverted, FactorGroup.Referral, ValueRule.None, "none"),
        new(FeedbackNps, FactorGroup.Feedback, ValueRule.Mandatory(0, 10, wholeNumber: true), "likelihood to recommend, 0 to 10"),
        new(FeedbackSurvey, FactorGroup.Feedback, ValueRule.Mandatory(0, 100), "survey satisfaction, 0 to 100"),
        new(FeedbackReview, FactorGroup.Feedback, ValueRule.Mandatory(1, 5), "review rating, 1 to 5 stars"),
        new(FeedbackTestimonial, FactorGroup.Feedback, ValueRule.None, "none"),
        new(ProfileFirmographic, FactorGroup.Fit, ValueRule.None, "none; industry, companySize, country and role go in attributes"),
    ];

    private static readonly FrozenDictionary<string, SignalType> ByName =
        All.ToFrozenDictionary(type => type.Name, StringComparer.Ordinal);

    public static bool TryGet(string name, out SignalType type) => ByName.TryGetValue(name, out type!);
}
