using System.Text;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

public sealed class ReceiverRecipeTests
{
    private static readonly DateTimeOffset Now = TestServices.Now;

    [Fact]
    public void Recipe_InTheDocs_IsTheCodeTheTestsRun()
    {
        var root = RepositoryRoot.Find();
        var source = File.ReadAllText(Path.Combine(root, "tests", "RelationshipFunctions.Core.Tests", "Delivery", "ReceiverRecipe.cs"));
        var docs = File.ReadAllText(Path.Combine(root, "docs", "delivery.md"));
        var start = source.IndexOf("// recipe:start", StringComparison.Ordinal) + "// recipe:start".Length;
        var recipe = source[start..source.IndexOf("// recipe:end", StringComparison.Ordinal)].Trim().ReplaceLineEndings("\n");

        Assert.Contains(recipe, docs.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tc_1", 0, "{\"a\":1}", true)]
    [InlineData("tc_2", 0, "{\"a\":1}", false)]
    [InlineData("tc_1", 0, "{\"a\":2}", false)]
    [InlineData("tc_1", 301, "{\"a\":1}", false)]
    public void Verify_SignedBySigner_AcceptsOnlyTheSignedDeliveryWhenFresh(string id, int ageSeconds, string body, bool expected)
    {
        var secret = WebhookSigner.NewSecret();
        var timestamp = Now.AddSeconds(-ageSeconds).ToUnixTimeSeconds();
        var signature = WebhookSigner.Sign(secret, "tc_1", timestamp, Encoding.UTF8.GetBytes("{\"a\":1}"));

        var verified = WebhookVerifier.Verify(secret, id, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "v1,bm90IHRoaXMgb25l " + signature, Encoding.UTF8.GetBytes(body), Now);

        Assert.Equal(expected, verified);
    }
}
