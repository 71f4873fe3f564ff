using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Snapshots;

namespace RelationshipFunctions.Runner.Commands;

/// <summary><c>export</c>: copies the latest snapshot's files, its report and its manifest to a local folder.</summary>
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
        // The manifest lists the data files and the report; the manifest itself comes last, as in storage.
        foreach (var file in manifest.Files.Select(f => f.Name).Append(SnapshotWriter.ManifestName))
        {
            await using var stream = File.Create(Path.Combine(folder, file));
            await reader.DownloadAsync(latest, file, stream, ct);
        }

        output.WriteLine($"Exported run {latest.RunId} (as of {latest.AsOf:yyyy-MM-dd}, {manifest.CustomerCount:N0} customers, "
            + $"{manifest.Files.Count} files) to {Path.GetFullPath(folder)}");
        if (manifest.FileNamed(SnapshotWriter.ReportName) is not null)
        {
            output.WriteLine($"Report: {Path.GetFullPath(Path.Combine(folder, SnapshotWriter.ReportName))}");
        }

        return 0;
    }
}
