using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests;

/// <summary>The Azurite collection of this test assembly (xunit needs the definition in the same assembly).</summary>
[CollectionDefinition(Testing.AzuriteGroup.Name)]
public sealed class FunctionsAzuriteGroup : ICollectionFixture<AzuriteFixture>;
