using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Snapshots;

namespace RelationshipFunctions.Runner.Commands;

/// <summary><c>export</c>: copies the latest snapshot's files to a local folder.</summary>
public static class SnapshotCommands
{
    public static async Task<int> ExportAsync(IServiceProvider services, Arguments args, TextWriter output, CancellationToken ct)
    {
        var folder = args.Option("out") ?? "snapshot-export";
        var reader = services.GetRequiredService<SnapshotReader>();
        var latest = await reader.GetLatestAsync(ct);
        if (latest is null)
        {
            output.WriteLine("No snapshot yet: run rescore (or demo) first.");
            return 4;
        }

        Directory.CreateDirectory(folder);
        var manifest = await reader.GetManifestAsync(latest, ct);
        foreach (var file in manifest.Files.Select(f => f.Name).Append(SnapshotWriter.ManifestName))
        {
            await using var stream = File.Create(Path.Combine(folder, file));
            await reader.DownloadAsync(latest, file, stream, ct);
        }

        output.WriteLine($"Exported run {latest.RunId} (as of {latest.AsOf:yyyy-MM-dd}, {manifest.CustomerCount:N0} customers) to {Path.GetFullPath(folder)}");
        return 0;
    }
}
