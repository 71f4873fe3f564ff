using System.Text.Json.Nodes;

namespace RelationshipFunctions.Infra.Tests;

/// <summary>
/// Every setting the code reads is documented in docs/settings.md, and is in local.settings.sample.json
/// and the Bicep app settings as its "where" column says; nothing stale is left in either.
/// </summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class SettingsCoverageTests(CompiledTemplate template)
{
    [Fact]
    public void CodeSettings_Every_IsDocumented()
    {
        var documented = Documented().Keys.ToList();

        var missing = CodeSettings.Read().Where(setting => !documented.Any(doc => Covers(doc, setting))).ToList();

        Assert.True(missing.Count == 0, "Not in docs/settings.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void DocumentedSettings_LocalOrBoth_AreInTheSample()
    {
        var sample = SampleSettings();

        var missing = Documented().Where(entry => entry.Value is "both" or "local-only")
            .Select(entry => entry.Key)
            .Where(setting => !sample.Any(name => Covers(setting, name)))
            .ToList();

        Assert.True(missing.Count == 0, "Not in local.settings.sample.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void DocumentedSettings_AzureOrBoth_AreInTheBicepAppSettings()
    {
        var bicep = BicepSettings();

        var missing = Documented().Where(entry => entry.Value is "both" or "azure-only")
            .Select(entry => entry.Key)
            .Where(setting => !bicep.Any(name => Covers(setting, name)))
            .ToList();

        Assert.True(missing.Count == 0, "Not in the Bicep app settings: " + string.Join(", ", missing));
    }

    [Fact]
    public void SampleAndBicepSettings_Every_IsDocumented()
    {
        var documented = Documented().Keys.ToList();

        var stale = SampleSettings().Concat(BicepSettings())
            .Where(name => !documented.Any(doc => Covers(doc, name)))
            .Distinct()
            .ToList();

        Assert.True(stale.Count == 0, "Set but not documented in docs/settings.md: " + string.Join(", ", stale));
    }

    /// <summary>A documented name covers a setting equal to it or nested below it (<c>X__sub</c>).</summary>
    private static bool Covers(string documented, string setting) =>
        setting == documented || setting.StartsWith(documented + "__", StringComparison.Ordinal)
        || documented.StartsWith(setting + "__", StringComparison.Ordinal);

    private Dictionary<string, string> Documented() =>
        File.ReadAllLines(Path.Combine(template.RepoRoot, "docs", "settings.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells[2]);

    private List<string> SampleSettings()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(template.RepoRoot, "local.settings.sample.json")))!;
        return sample["Values"]!.AsObject().Select(entry => entry.Key).ToList();
    }

    private List<string> BicepSettings()
    {
        var variables = template.Module("function-app")["variables"]!.AsObject();
        var names = variables["identitySettings"]!.AsObject().Select(entry => entry.Key)
            .Concat(variables["productSettings"]!.AsObject().Select(entry => entry.Key));
        var webhooks = template.Root["parameters"]!["webhookSecretSettings"]!["defaultValue"]!.AsArray()
            .Select(node => (string)node!);
        return [.. names, .. webhooks];
    }
}
