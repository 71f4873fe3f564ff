using RelationshipFunctions.Notifications;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

public sealed class SubscriptionFilterTests
{
    private static readonly string[] Tiers = ["platinum", "gold", "silver", "bronze"];

    [Theory]
    [InlineData("silver", "gold", null, null, null, true)]
    [InlineData("silver", "gold", SubscriptionFilter.Upgrade, null, null, true)]
    [InlineData("gold", "silver", SubscriptionFilter.Upgrade, null, null, false)]
    [InlineData("gold", "silver", SubscriptionFilter.Downgrade, null, null, true)]
    [InlineData("silver", "gold", null, "gold", null, true)]
    [InlineData("silver", "gold", null, "platinum", null, false)]
    [InlineData("silver", "gold", null, null, "bronze", false)]
    [InlineData("bronze", "gold", SubscriptionFilter.Upgrade, "gold", "bronze", true)]
    public void Matches_Change_FollowsEveryPartOfTheFilter(string from, string to, string? direction, string? toTier, string? fromTier, bool expected)
    {
        var filter = new SubscriptionFilter(
            toTier is null ? null : [toTier], fromTier is null ? null : [fromTier], direction);
        var change = new TierChangeEvent(
            "tc_1", TierChangeEvent.TierChangedType, TestServices.Now, "c-1", from, to, 50, "m1", TestServices.Now, "r1");

        Assert.Equal(expected, filter.Matches(change, Tiers));
    }

    [Theory]
    [InlineData("sideways", null)]
    [InlineData(null, "diamond")]
    public void Problem_BadDirectionOrTier_IsReported(string? direction, string? tier)
    {
        var filter = new SubscriptionFilter(tier is null ? null : [tier], null, direction);

        Assert.NotNull(filter.Problem(Tiers));
    }
}
