using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Functions.Delivery;

/// <summary>A subscription as the API shows it: everything but the secret, which is shown only by <see cref="SecretView"/>.</summary>
public sealed record SubscriptionView(
    string Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    SubscriptionFilter? Filter,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? DisabledAt,
    DateTimeOffset? FailingSince,
    DateTimeOffset CreatedAt)
{
    public static SubscriptionView From(SubscriptionRow row) => new(
        row.RowKey,
        row.Url,
        row.EventTypeList,
        row.FilterValue,
        row.Enabled,
        row.DisabledReason,
        row.DisabledAt,
        row.FailingSince,
        row.CreatedAt);
}

/// <summary>The answer to creating a subscription or rotating its secret: the only time the secret leaves the service.</summary>
public sealed record SecretView(SubscriptionView Subscription, string Secret);
