namespace RelationshipFunctions.Ingest;

/// <summary>The seven groups of signals a relationship score is made of (see PRODUCT.md).</summary>
public enum FactorGroup
{
    Purchase,
    Engagement,
    Support,
    Loyalty,
    Referral,
    Feedback,
    Fit,
}
