using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Tests.Unit.Ingest;

public sealed class SignalTypesTests
{
    [Fact]
    public void All_Names_AreUnique()
    {
        var names = SignalTypes.All.Select(type => type.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_EveryFactorGroup_HasAType()
    {
        var groups = SignalTypes.All.Select(type => type.Group).Distinct();

        Assert.Equal(Enum.GetValues<FactorGroup>().Order(), groups.Order());
    }

    [Theory]
    [InlineData("purchase", FactorGroup.Purchase)]
    [InlineData("email.click", FactorGroup.Engagement)]
    [InlineData("feedback.nps", FactorGroup.Feedback)]
    [InlineData("profile.firmographic", FactorGroup.Fit)]
    public void TryGet_KnownName_ReturnsItsType(string name, FactorGroup group)
    {
        var found = SignalTypes.TryGet(name, out var type);

        Assert.True(found);
        Assert.Equal(group, type.Group);
    }

    [Theory]
    [InlineData("Purchase")]
    [InlineData("purchase ")]
    [InlineData("email")]
    [InlineData("")]
    public void TryGet_UnknownOrDifferentlyCasedName_ReturnsFalse(string name)
    {
        var found = SignalTypes.TryGet(name, out _);

        Assert.False(found);
    }

    [Theory]
    [InlineData("email.open", true)]
    [InlineData("web.visit", false)]
    [InlineData("purchase", false)]
    [InlineData("support.sentiment", false)]
    public void Forbidden_ByTypeRule_TellsWhetherAValueIsRefused(string name, bool forbidden)
    {
        SignalTypes.TryGet(name, out var type);

        var refused = type.Value.Forbidden;

        Assert.Equal(forbidden, refused);
    }
}
