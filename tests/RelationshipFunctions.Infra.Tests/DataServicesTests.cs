using System.Text.Json.Nodes;

namespace RelationshipFunctions.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class DataServicesTests(CompiledTemplate template)
{
    [Theory]
    [InlineData("listKeys")]
    [InlineData("listConnectionStrings")]
    [InlineData("AccountKey=")]
    [InlineData("SharedAccessKey=")]
    public void MainTemplate_Compiled_ContainsNoKeysOrKeyedConnectionStrings(string fragment)
    {
        Assert.DoesNotContain(fragment, template.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void StorageAccount_Compiled_AllowsIdentityAccessOnlyOverTls12()
    {
        var properties = PropertiesOf("storage", "Microsoft.Storage/storageAccounts");

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void ServiceBusNamespace_Compiled_DisablesLocalAuth()
    {
        var properties = PropertiesOf("service-bus", "Microsoft.ServiceBus/namespaces");

        Assert.True((bool)properties["disableLocalAuth"]!);
        Assert.Equal("1.2", (string?)properties["minimumTlsVersion"]);
    }

    [Theory]
    [InlineData("signals")]
    [InlineData("tier-changes")]
    public void ServiceBusQueue_Compiled_DeadLettersExpiredMessages(string queueName)
    {
        var queue = template.Module("service-bus")["resources"]!.AsArray()
            .Single(resource => (string?)resource!["type"] == "Microsoft.ServiceBus/namespaces/queues"
                && ((string)resource!["name"]!).Contains($"'{queueName}'", StringComparison.Ordinal))!;

        Assert.True((bool)queue["properties"]!["deadLetteringOnMessageExpiration"]!);
        Assert.InRange((int)queue["properties"]!["maxDeliveryCount"]!, 2, 20);
    }

    [Fact]
    public void KeyVault_Compiled_UsesRbacAuthorization()
    {
        var properties = PropertiesOf("key-vault", "Microsoft.KeyVault/vaults");

        Assert.True((bool)properties["enableRbacAuthorization"]!);
    }

    [Fact]
    public void ApplicationInsights_Compiled_AcceptsEntraAuthOnly()
    {
        var properties = PropertiesOf("monitoring", "Microsoft.Insights/components");

        Assert.True((bool)properties["DisableLocalAuth"]!);
    }

    private JsonNode PropertiesOf(string module, string type) =>
        CompiledTemplate.SingleResource(template.Module(module), type)["properties"]!;
}
