using System.Text.Json.Nodes;

namespace RelationshipFunctions.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class FunctionAppModuleTests(CompiledTemplate template)
{
    private JsonObject Module => template.Module("function-app");

    private JsonObject Site => CompiledTemplate.SingleResource(Module, "Microsoft.Web/sites");

    [Fact]
    public void Site_Compiled_IsHttpsOnlyWithTls12AndNoFtp()
    {
        var properties = Site["properties"]!;

        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("1.2", (string?)properties["siteConfig"]!["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)properties["siteConfig"]!["ftpsState"]);
    }

    [Fact]
    public void Site_Compiled_RunsDotnetIsolated10OnFlexConsumption()
    {
        var config = Site["properties"]!["functionAppConfig"]!;
        var plan = CompiledTemplate.SingleResource(Module, "Microsoft.Web/serverfarms");

        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
    }

    [Fact]
    public void Site_Compiled_IsTaggedAsTheApiService()
    {
        var deployment = template.Root["resources"]!.AsArray()
            .Single(resource => (string?)resource!["name"] == "function-app")!;

        Assert.Contains("'azd-service-name'", (string)Site["tags"]!, StringComparison.Ordinal);
        Assert.Equal("api", (string?)deployment["properties"]!["parameters"]!["serviceName"]!["value"]);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__credential", "managedidentity")]
    [InlineData("ServiceBusConnection__credential", "managedidentity")]
    [InlineData("Scoring__ModelPath", "scoring-model.json")]
    public void IdentitySettings_Compiled_HaveFixedValue(string name, string expected)
    {
        var settings = Module["variables"]!["identitySettings"]!.AsObject()
            .Concat(Module["variables"]!["productSettings"]!.AsObject());

        Assert.Equal(expected, (string?)settings.Single(setting => setting.Key == name).Value);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("AzureWebJobsStorage__clientId")]
    [InlineData("ServiceBusConnection__fullyQualifiedNamespace")]
    [InlineData("ServiceBusConnection__clientId")]
    [InlineData("Storage__TableServiceUri")]
    [InlineData("Storage__BlobServiceUri")]
    [InlineData("AZURE_CLIENT_ID")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING")]
    public void IdentitySettings_Compiled_ContainSetting(string name)
    {
        Assert.True(Module["variables"]!["identitySettings"]!.AsObject().ContainsKey(name));
    }

    [Theory]
    [InlineData("\"AzureWebJobsStorage\"")]
    [InlineData("\"ServiceBusConnection\"")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("Storage__ConnectionString")]
    public void AppSettings_Compiled_OmitConnectionStringsAndFlexIncompatibleSettings(string fragment)
    {
        Assert.DoesNotContain(fragment, Module.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WebhookSettings_Compiled_AreKeyVaultReferences()
    {
        var webhookSettings = (string)Module["variables"]!["webhookSettings"]!;
        var defaults = template.Root["parameters"]!["webhookSecretSettings"]!["defaultValue"]!.AsArray()
            .Select(setting => (string)setting!);

        Assert.Contains("@Microsoft.KeyVault(VaultName=", webhookSettings, StringComparison.Ordinal);
        Assert.Contains("Webhooks__SendGrid__Secrets__0", defaults);
        Assert.Contains("Webhooks__Zendesk__Secrets__0", defaults);
        Assert.Contains("Identity__PseudonymKey", defaults);
        Assert.Equal("[parameters('identityId')]", (string?)Site["properties"]!["keyVaultReferenceIdentity"]);
    }
}
