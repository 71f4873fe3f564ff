using RelationshipFunctions.Scoring.Tiers;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Scoring.Tiers;

/// <summary>Tiers: platinum ≥ 80, gold ≥ 60, silver ≥ 40, bronze ≥ 0.</summary>
public sealed class TierAssignerTests
{
    [Theory]
    [InlineData(61.0, "gold", 2.0, "gold")]      // gold band is [60, 80): inside
    [InlineData(81.0, "gold", 2.0, "gold")]      // above 80 but not by the 2-point margin
    [InlineData(82.0, "gold", 2.0, "platinum")]  // 80 + 2
    [InlineData(58.5, "gold", 2.0, "gold")]      // below 60 but not by 2
    [InlineData(57.9, "gold", 2.0, "silver")]    // more than 2 below 60
    [InlineData(30.0, "gold", 2.0, "bronze")]    // far below: straight to the plain tier
    [InlineData(80.5, "gold", 0.0, "platinum")]  // no margin: any crossing
    [InlineData(95.0, "platinum", 5.0, "platinum")]
    public void Assign_Margin_ChangesOnlyBeyondIt(double score, string held, double margin, string expected)
    {
        var decision = TierAssigner.Assign(score, ModelBuilder.Tiers, new TierHysteresisModel { Margin = margin },
            new TierDecision(held, null, 0));

        Assert.Equal(expected, decision.Tier);
    }

    [Fact]
    public void Assign_ThreeRunsRequired_ChangesOnTheThirdConsecutiveRun()
    {
        var rule = new TierHysteresisModel { Runs = 3 };
        var held = new TierDecision("gold", null, 0);

        var first = TierAssigner.Assign(85, ModelBuilder.Tiers, rule, held);
        var second = TierAssigner.Assign(86, ModelBuilder.Tiers, rule, first);
        var third = TierAssigner.Assign(84, ModelBuilder.Tiers, rule, second);

        Assert.Equal(new TierDecision("gold", "platinum", 1), first);
        Assert.Equal(new TierDecision("gold", "platinum", 2), second);
        Assert.Equal(new TierDecision("platinum", null, 0), third);
    }

    [Fact]
    public void Assign_RunBackInsideTheBand_ResetsThePendingCount()
    {
        var rule = new TierHysteresisModel { Runs = 2 };

        var pending = TierAssigner.Assign(85, ModelBuilder.Tiers, rule, new TierDecision("gold", null, 0));
        var back = TierAssigner.Assign(70, ModelBuilder.Tiers, rule, pending);
        var again = TierAssigner.Assign(85, ModelBuilder.Tiers, rule, back);

        Assert.Equal(new TierDecision("gold", null, 0), back);
        Assert.Equal(new TierDecision("gold", "platinum", 1), again);
    }

    [Theory]
    [InlineData(null, 45.0, "silver")]
    [InlineData("retired-tier", 45.0, "silver")]
    public void Assign_NoOrUnknownHeldTier_GivesThePlainTier(string? held, double score, string expected)
    {
        var previous = held is null ? null : new TierDecision(held, null, 0);

        var decision = TierAssigner.Assign(score, ModelBuilder.Tiers, new TierHysteresisModel { Margin = 5, Runs = 3 }, previous);

        Assert.Equal(new TierDecision(expected, null, 0), decision);
    }
}
