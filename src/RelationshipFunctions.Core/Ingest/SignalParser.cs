using System.Text.Json;

namespace RelationshipFunctions.Ingest;

/// <summary>
/// Turns a raw body into items, each a valid <see cref="Signal"/> or its errors. A body that cannot be
/// framed at all (not JSON, not an array, too many items) throws <see cref="BatchParseException"/>;
/// one bad item never hides its neighbours.
/// </summary>
public static class SignalParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static IReadOnlyList<ParsedItem> Parse(ReadOnlyMemory<byte> body, BodyFormat format, DateTimeOffset now)
    {
        if (body.Length > SignalLimits.MaxBodyBytes)
        {
            throw new BatchParseException(
                $"The body is larger than {SignalLimits.MaxBodyBytes} bytes; split it into smaller batches.",
                BatchParseFailure.TooLarge);
        }

        // A UTF-8 byte order mark is legal at the start of a file and means nothing: skip it.
        if (body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        return format == BodyFormat.NdJson ? ParseNdJson(body, now) : ParseArray(body, now);
    }

    private static List<ParsedItem> ParseArray(ReadOnlyMemory<byte> body, DateTimeOffset now)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new BatchParseException($"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return [SignalValidator.Validate(root, 0, now)];
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new BatchParseException("The body must be a JSON array of signals, or one signal object.");
            }

            var count = root.GetArrayLength();
            if (count > SignalLimits.MaxItemsPerBatch)
            {
                throw new BatchParseException(
                    $"The batch has {count} items; at most {SignalLimits.MaxItemsPerBatch} are accepted in one request.",
                    BatchParseFailure.TooLarge);
            }

            var items = new List<ParsedItem>(count);
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                items.Add(SignalValidator.Validate(element, index++, now));
            }

            return items;
        }
    }

    private static List<ParsedItem> ParseNdJson(ReadOnlyMemory<byte> body, DateTimeOffset now)
    {
        var items = new List<ParsedItem>();
        var span = body.Span;
        var lineStart = 0;
        var index = 0;
        while (lineStart <= span.Length)
        {
            var newline = span[lineStart..].IndexOf((byte)'\n');
            var lineEnd = newline < 0 ? span.Length : lineStart + newline;
            var line = body[lineStart..lineEnd];
            lineStart = lineEnd + 1;

            if (IsBlank(line.Span))
            {
                if (newline < 0)
                {
                    break;
                }

                continue;
            }

            if (items.Count >= SignalLimits.MaxItemsPerBatch)
            {
                throw new BatchParseException(
                    $"The batch has more than {SignalLimits.MaxItemsPerBatch} lines; split it into smaller batches.",
                    BatchParseFailure.TooLarge);
            }

            items.Add(ParseLine(line, index++, now));
            if (newline < 0)
            {
                break;
            }
        }

        return items;
    }

    private static ParsedItem ParseLine(ReadOnlyMemory<byte> line, int index, DateTimeOffset now)
    {
        try
        {
            using var document = JsonDocument.Parse(line, DocumentOptions);
            return SignalValidator.Validate(document.RootElement, index, now);
        }
        catch (JsonException)
        {
            return new ParsedItem(index, null, [new ItemError(index, "$", "The line is not valid JSON.")]);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
