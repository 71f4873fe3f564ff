using System.Runtime.CompilerServices;

namespace RelationshipFunctions.Snapshots;

/// <summary>
/// Customers whose tier or segment differ between an earlier run and the latest one, for incremental sync.
/// The earlier run's tier and segment per customer are held in memory (a few dozen bytes a customer);
/// the latest run is streamed.
/// </summary>
public sealed class SnapshotDelta(SnapshotReader reader, SnapshotCatalog catalog)
{
    /// <summary>The changes since that run; <c>null</c> when no complete run has that id.</summary>
    public async Task<IAsyncEnumerable<SnapshotChange>?> SinceAsync(LatestPointer latest, string sinceRunId, CancellationToken cancellationToken)
    {
        var since = await catalog.FindAsync(sinceRunId, cancellationToken).ConfigureAwait(false);
        return since is null ? null : ChangesAsync(latest.Folder, since.Folder, cancellationToken);
    }

    private async IAsyncEnumerable<SnapshotChange> ChangesAsync(
        string latestFolder, string sinceFolder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var before = new Dictionary<string, (string Tier, string? Segment)>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in reader.ReadRowsAsync(sinceFolder, cancellationToken).ConfigureAwait(false))
        {
            before[row.CustomerId] = (Intern(names, row.Tier), row.Segment is null ? null : Intern(names, row.Segment));
        }

        await foreach (var row in reader.ReadRowsAsync(latestFolder, cancellationToken).ConfigureAwait(false))
        {
            var known = before.TryGetValue(row.CustomerId, out var was);
            if (!known || was.Tier != row.Tier || was.Segment != row.Segment)
            {
                yield return new SnapshotChange(row.CustomerId, known ? was.Tier : null, known ? was.Segment : null, row);
            }
        }
    }

    private static string Intern(Dictionary<string, string> names, string name) =>
        names.TryGetValue(name, out var known) ? known : names[name] = name;
}

/// <summary>One customer whose tier or segment changed; the tier and segment before are <c>null</c> for a new customer.</summary>
public sealed record SnapshotChange(string CustomerId, string? TierBefore, string? SegmentBefore, SnapshotRow Customer);
