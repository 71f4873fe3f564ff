namespace RelationshipFunctions.Tests.Testing;

/// <summary>Finds the repository root (the folder holding RelationshipFunctions.sln) from the test's folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RelationshipFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RelationshipFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
