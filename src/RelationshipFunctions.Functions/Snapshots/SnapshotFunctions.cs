using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using RelationshipFunctions.Functions.Http;
using RelationshipFunctions.Snapshots;

namespace RelationshipFunctions.Functions.Snapshots;

/// <summary>
/// The pull API for marketing tools: the latest manifest, one of its files (or a short-lived read-only link
/// to it), and the customers whose tier or segment changed since an earlier run. Snapshot runs are immutable,
/// so the run id and the file hashes are strong entity tags.
/// </summary>
public sealed class SnapshotFunctions(SnapshotReader reader, SnapshotDelta delta, ISnapshotLinks links)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Function("LatestSnapshot")]
    public async Task<IActionResult> LatestAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "snapshots/latest")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var latest = await reader.GetLatestManifestAsync(cancellationToken).ConfigureAwait(false);
        if (latest is null)
        {
            return NoSnapshot();
        }

        return (IActionResult?)Conditional(request, Tag(latest.Manifest.RunId)) ?? new JsonResult(latest.Manifest, Json) { ContentType = ContentTypes.Json };
    }

    [Function("SnapshotFile")]
    public async Task<IActionResult> FileAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "snapshots/latest/files/{name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        var latest = await reader.GetLatestManifestAsync(cancellationToken).ConfigureAwait(false);
        if (latest is null)
        {
            return NoSnapshot();
        }

        if (latest.Manifest.FileNamed(name) is not { } file)
        {
            return ProblemResults.NotFound($"The latest snapshot ({latest.Manifest.RunId}) has no file of that name; its manifest lists the files.");
        }

        if (request.Query["link"] == "true")
        {
            var link = await links.CreateAsync(latest.Latest.Folder + file.Name, cancellationToken)
                .ConfigureAwait(false);
            return new JsonResult(link, Json) { ContentType = ContentTypes.Json };
        }

        var tag = Tag(file.Sha256);
        if (Conditional(request, tag) is { } notModified)
        {
            return notModified;
        }

        var stream = await reader.OpenAsync(latest.Latest.Folder, file.Name, cancellationToken).ConfigureAwait(false);
        return new FileStreamResult(stream, file.ContentType) { EntityTag = EntityTagHeaderValue.Parse(tag), FileDownloadName = file.Name };
    }

    [Function("SnapshotChanges")]
    public async Task<IActionResult> ChangesAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "snapshots/latest/changes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var since = request.Query["since"].ToString();
        if (since.Length is 0 or > 64 || !since.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return ProblemResults.BadRequest("Give since=<run id> of an earlier run: 1-64 letters, digits, '-' or '_'.");
        }

        var latest = await reader.GetLatestAsync(cancellationToken).ConfigureAwait(false);
        if (latest is null)
        {
            return NoSnapshot();
        }

        var tag = Tag(latest.RunId + "-since-" + since);
        if (Conditional(request, tag) is { } notModified)
        {
            return notModified;
        }

        var changes = await delta.SinceAsync(latest, since, cancellationToken).ConfigureAwait(false);
        return changes is null
            ? ProblemResults.NotFound($"No complete snapshot run '{since}' is kept; fetch the full snapshot instead.")
            : new JsonLinesResult<SnapshotChange>(changes, tag);
    }

    private static string Tag(string value) => "\"" + value + "\"";

    /// <summary>A 304 when the client already holds this representation, else <c>null</c>; sets the ETag either way.</summary>
    private static StatusCodeResult? Conditional(HttpRequest request, string tag)
    {
        request.HttpContext.Response.Headers.ETag = tag;
        var held = request.Headers.IfNoneMatch.ToString();
        return held.Length > 0 && (held.Trim() == "*" || held.Split(',').Any(value => value.Trim() == tag || value.Trim() == "W/" + tag))
            ? new StatusCodeResult(StatusCodes.Status304NotModified)
            : null;
    }

    private static ObjectResult NoSnapshot() =>
        ProblemResults.NotFound("No snapshot has been written yet; the nightly rescoring writes the first one.");
}
