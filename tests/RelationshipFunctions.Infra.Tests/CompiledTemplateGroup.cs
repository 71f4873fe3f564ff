namespace RelationshipFunctions.Infra.Tests;

/// <summary>Shares one <see cref="CompiledTemplate"/> so the Bicep CLI runs at most once per test run.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledTemplateGroup : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "Compiled template";
}
