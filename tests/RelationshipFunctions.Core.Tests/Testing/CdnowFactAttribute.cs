namespace RelationshipFunctions.Tests.Testing;

/// <summary>
/// A fact that needs a CDNOW file. When the file is missing the test is skipped with the reason,
/// except on CI (CI=true), where it runs and fails with a message saying which file is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CdnowFactAttribute : FactAttribute
{
    public CdnowFactAttribute(string fileName = CdnowData.Sample)
    {
        FileName = fileName;
        var path = CdnowData.PathOf(fileName);
        if (!File.Exists(path) && !CdnowData.IsCi)
        {
            Skip = $"CDNOW data not found at {path}; set RF_CDNOW_DIR to the folder holding {fileName}.";
        }
    }

    public string FileName { get; }
}
