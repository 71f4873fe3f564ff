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
        var properties = CompiledTemplate.SingleResource(template.Module("storage"), "Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void ServiceBusNamespace_Compiled_DisablesLocalAuth()
    {
        var properties = CompiledTemplate.SingleResource(template.Module("service-bus"), "Microsoft.ServiceBus/namespaces")["properties"]!;

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
        var properties = CompiledTemplate.SingleResource(template.Module("key-vault"), "Microsoft.KeyVault/vaults")["properties"]!;

        Assert.True((bool)properties["enableRbacAuthorization"]!);
    }

    [Fact]
    public void ApplicationInsights_Compiled_AcceptsEntraAuthOnly()
    {
        var properties = CompiledTemplate.SingleResource(template.Module("monitoring"), "Microsoft.Insights/components")["properties"]!;

        Assert.True((bool)properties["DisableLocalAuth"]!);
    }
}
