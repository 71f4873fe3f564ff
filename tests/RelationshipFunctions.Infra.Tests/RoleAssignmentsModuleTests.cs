namespace RelationshipFunctions.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class RoleAssignmentsModuleTests(CompiledTemplate template)
{
    private const string RoleAssignmentType = "Microsoft.Authorization/roleAssignments";

    // Built-in role definition ids, and the resource each one is scoped to.
    private static readonly Dictionary<string, string> ExpectedRoles = new(StringComparer.Ordinal)
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "storage", // Storage Blob Data Owner
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "storage", // Storage Table Data Contributor
        ["69a216fc-b8fb-44d8-bc22-1f3c2cd27a39"] = "serviceBus", // Azure Service Bus Data Sender
        ["4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0"] = "serviceBus", // Azure Service Bus Data Receiver
        ["4633458b-17de-408a-b874-0445c86b69e6"] = "keyVault", // Key Vault Secrets User
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = "applicationInsights", // Monitoring Metrics Publisher
    };

    [Fact]
    public void IdentityRoles_Compiled_AreExactlyTheDataPlaneRoles()
    {
        var roles = template.Module("role-assignments")["variables"]!["identityRoles"]!.AsArray()
            .ToDictionary(role => (string)role!["id"]!, role => (string)role!["target"]!, StringComparer.Ordinal);

        Assert.Equal(ExpectedRoles.OrderBy(pair => pair.Key), roles.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void RoleAssignments_AnyModule_AllComeFromTheRoleList()
    {
        var assignments = template.ResourcesOfType(RoleAssignmentType);
        var inRolesModule = template.Module("role-assignments")["resources"]!.AsArray()
            .Count(resource => (string?)resource!["type"] == RoleAssignmentType);

        Assert.Equal(assignments.Count, inRolesModule);
        Assert.All(assignments, assignment =>
        {
            var roleDefinitionId = (string)assignment["properties"]!["roleDefinitionId"]!;
            Assert.Contains("variables('identityRoles')", roleDefinitionId, StringComparison.Ordinal);
            Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
            Assert.NotNull(assignment["copy"]);
        });
    }

    [Theory]
    [InlineData("storage", "Microsoft.Storage/storageAccounts")]
    [InlineData("serviceBus", "Microsoft.ServiceBus/namespaces")]
    [InlineData("keyVault", "Microsoft.KeyVault/vaults")]
    [InlineData("applicationInsights", "Microsoft.Insights/components")]
    public void RoleAssignment_Target_IsScopedToThatResource(string target, string resourceType)
    {
        var assignment = template.Module("role-assignments")["resources"]!.AsArray()
            .Select(resource => resource!.AsObject())
            .Single(resource => (string?)resource["type"] == RoleAssignmentType
                && ((string)resource["copy"]!["count"]!).Contains($"'{target}'", StringComparison.Ordinal));

        Assert.Contains($"resourceId('{resourceType}'", (string)assignment["scope"]!, StringComparison.Ordinal);
    }
}
