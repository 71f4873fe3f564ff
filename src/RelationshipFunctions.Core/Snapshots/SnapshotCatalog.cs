using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Snapshots;

/// <summary>The runs stored in the snapshots container, found by listing it.</summary>
public sealed class SnapshotCatalog(StorageClients storage)
{
    /// <summary>Every run folder, oldest run id first, with whether its manifest was written (the run completed).</summary>
    public async Task<IReadOnlyList<SnapshotRunEntry>> ListRunsAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var runs = new Dictionary<string, SnapshotRunEntry>(StringComparer.Ordinal);
        await foreach (var blob in storage.Snapshots.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var parts = blob.Name.Split('/');
            if (parts.Length != 3)
            {
                continue;
            }

            var folder = parts[0] + "/" + parts[1] + "/";
            var complete = parts[2] == SnapshotWriter.ManifestName;
            runs[folder] = runs.TryGetValue(folder, out var known)
                ? known with { Complete = known.Complete || complete, BlobNames = [.. known.BlobNames, blob.Name] }
                : new SnapshotRunEntry(parts[1], folder, complete, [blob.Name]);
        }

        return [.. runs.Values.OrderBy(run => run.RunId, StringComparer.Ordinal).ThenBy(run => run.Folder, StringComparer.Ordinal)];
    }

    /// <summary>The complete run with that id, or <c>null</c>.</summary>
    public async Task<SnapshotRunEntry?> FindAsync(string runId, CancellationToken cancellationToken) =>
        (await ListRunsAsync(cancellationToken).ConfigureAwait(false)).LastOrDefault(run => run.Complete && run.RunId == runId);
}

/// <summary>One run folder in the snapshots container.</summary>
public sealed record SnapshotRunEntry(string RunId, string Folder, bool Complete, IReadOnlyList<string> BlobNames);
