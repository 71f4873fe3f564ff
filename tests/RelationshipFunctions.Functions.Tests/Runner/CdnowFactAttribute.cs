namespace RelationshipFunctions.Tests.Runner;

/// <summary>
/// A test on the real CDNOW log (<c>RF_CDNOW_PATH</c>, else <c>../shared/data/cdnow/CDNOW_master.txt</c>
/// beside the repository). In CI (<c>CI=true</c>) a missing file fails the test; elsewhere it is skipped, saying why.
/// </summary>
public sealed class CdnowFactAttribute : FactAttribute
{
    public CdnowFactAttribute()
    {
        if (!File.Exists(MasterPath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"The CDNOW log is not at {MasterPath}; set RF_CDNOW_PATH to run this test.";
        }
    }

    public static string MasterPath =>
        Environment.GetEnvironmentVariable("RF_CDNOW_PATH") is { Length: > 0 } path
            ? path
            : Path.GetFullPath(Path.Combine(Testing.RepositoryRoot.Find(), "..", "shared", "data", "cdnow", "CDNOW_master.txt"));
}
