namespace RelationshipFunctions.Ingest;

/// <summary>How a batch of signals is framed on the wire.</summary>
public enum BodyFormat
{
    /// <summary><c>application/json</c>: an array of signal objects (or one object).</summary>
    JsonArray,

    /// <summary><c>application/x-ndjson</c>: one signal object per line.</summary>
    NdJson,
}

/// <summary>Maps a Content-Type header to a <see cref="BodyFormat"/>.</summary>
public static class BodyFormats
{
    public static bool TryFromContentType(string? contentType, out BodyFormat format)
    {
        var mediaType = (contentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        (var known, format) = mediaType switch
        {
            "application/json" => (true, BodyFormat.JsonArray),
            "application/x-ndjson" or "application/ndjson" or "application/jsonl"
                or "application/x-jsonlines" or "application/jsonlines" => (true, BodyFormat.NdJson),
            _ => (false, BodyFormat.JsonArray),
        };
        return known;
    }
}
