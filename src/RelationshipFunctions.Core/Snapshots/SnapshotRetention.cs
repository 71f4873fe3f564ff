using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Snapshots;

/// <summary>
/// Keeps the newest N complete runs and deletes the rest, never the run <c>latest.json</c> points to.
/// Folders of failed runs (no manifest) older than the oldest kept run are deleted too; a newer one may
/// be a run still being written, so it is left alone.
/// </summary>
public sealed class SnapshotRetention(StorageClients storage, SnapshotCatalog catalog, SnapshotReader reader)
{
    /// <summary>Deletes what falls outside retention; returns the number of run folders deleted.</summary>
    public async Task<int> PruneAsync(int keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        var latest = await reader.GetLatestAsync(cancellationToken).ConfigureAwait(false);
        var runs = await catalog.ListRunsAsync(cancellationToken).ConfigureAwait(false);
        var kept = runs.Where(run => run.Complete).TakeLast(keep).Select(run => run.Folder).ToHashSet(StringComparer.Ordinal);
        if (latest is not null)
        {
            kept.Add(latest.Folder);
        }

        var oldestKept = runs.Where(run => kept.Contains(run.Folder)).Select(run => run.RunId).DefaultIfEmpty(string.Empty).Min(StringComparer.Ordinal)!;
        var doomed = runs
            .Where(run => !kept.Contains(run.Folder))
            .Where(run => run.Complete || string.CompareOrdinal(run.RunId, oldestKept) < 0)
            .ToList();
        foreach (var run in doomed)
        {
            // The manifest goes first, so that a half-deleted run reads as incomplete rather than as a run with missing files.
            foreach (var name in run.BlobNames.OrderBy(name => name.EndsWith(SnapshotWriter.ManifestName, StringComparison.Ordinal) ? 0 : 1))
            {
                await storage.Snapshots.DeleteBlobIfExistsAsync(name, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        return doomed.Count;
    }
}
