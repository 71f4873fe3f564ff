using System.Diagnostics;
using System.Text.Json.Nodes;

namespace RelationshipFunctions.Infra.Tests;

/// <summary>
/// The ARM template compiled from infra/main.bicep. Runs scripts/bicep-check.sh once when the compiled
/// JSON is missing or older than any Bicep source, so the tests always read what the sources say.
/// </summary>
public sealed class CompiledTemplate
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(5);

    public CompiledTemplate()
    {
        RepoRoot = FindRepoRoot();
        var compiled = Path.Combine(RepoRoot, "artifacts", "bicep", "main.json");
        if (IsStale(compiled))
        {
            RunBicepCheck();
        }

        Text = File.ReadAllText(compiled);
        Root = JsonNode.Parse(Text)!.AsObject();
    }

    public string RepoRoot { get; }

    /// <summary>The whole compiled main template as text.</summary>
    public string Text { get; }

    public JsonObject Root { get; }

    /// <summary>The template of the module deployed under <paramref name="deploymentName"/>.</summary>
    public JsonObject Module(string deploymentName) =>
        Root["resources"]!.AsArray()
            .Select(resource => resource!.AsObject())
            .Single(resource => (string?)resource["type"] == "Microsoft.Resources/deployments"
                && (string?)resource["name"] == deploymentName)["properties"]!["template"]!.AsObject();

    /// <summary>Every resource of <paramref name="type"/> in the main template and all module templates.</summary>
    public IReadOnlyList<JsonObject> ResourcesOfType(string type) =>
        AllResources(Root)
            .Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase))
            .ToList();

    public static JsonObject SingleResource(JsonObject template, string type) =>
        template["resources"]!.AsArray()
            .Select(resource => resource!.AsObject())
            .Single(resource => (string?)resource["type"] == type);

    private static IEnumerable<JsonObject> AllResources(JsonObject template)
    {
        foreach (var resource in template["resources"]!.AsArray().Select(node => node!.AsObject()))
        {
            yield return resource;
            if (resource["properties"] is JsonObject properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in AllResources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private bool IsStale(string compiled)
    {
        if (!File.Exists(compiled))
        {
            return true;
        }

        var builtAt = File.GetLastWriteTimeUtc(compiled);
        return Directory.EnumerateFiles(Path.Combine(RepoRoot, "infra"), "*", SearchOption.AllDirectories)
            .Any(source => File.GetLastWriteTimeUtc(source) > builtAt);
    }

    private void RunBicepCheck()
    {
        var start = new ProcessStartInfo("bash", ["scripts/bicep-check.sh"])
        {
            WorkingDirectory = RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ScriptTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"scripts/bicep-check.sh did not finish within {ScriptTimeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scripts/bicep-check.sh exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RelationshipFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RelationshipFunctions.sln not found above the test output folder.");
    }
}
