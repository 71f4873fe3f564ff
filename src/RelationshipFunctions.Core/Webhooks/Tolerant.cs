using System.Globalization;
using System.Text.Json;

namespace RelationshipFunctions.Webhooks;

/// <summary>
/// Tolerant reading of platform JSON where platforms are loose: numbers sent as strings, a field that is a
/// string or an array, enum casing, epoch seconds or milliseconds or ISO dates. Times stay strict: a text
/// time without an offset (local time) is refused rather than guessed.
/// </summary>
public static class Tolerant
{
    /// <summary>The property at a path of names, or null; an exact name wins over a case-insensitive match.</summary>
    public static JsonElement? Get(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (current.TryGetProperty(name, out var next))
            {
                current = next;
                continue;
            }

            var found = false;
            foreach (var property in current.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    current = property.Value;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    /// <summary>A string, a number's text, a boolean's text, or the first string of an array.</summary>
    public static string? Text(JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.String => element.Value.GetString(),
        JsonValueKind.Number => element.Value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => Strings(element) is { Count: > 0 } all ? all[0] : null,
        _ => null,
    };

    public static string? Text(JsonElement element, params string[] path) => Text(Get(element, path));

    /// <summary>A string or an array of strings (or numbers).</summary>
    public static IReadOnlyList<string> Strings(JsonElement? element)
    {
        if (element is not { } value)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray()
                .Select(item => item.ValueKind is JsonValueKind.String or JsonValueKind.Number ? Text(item) : null)
                .OfType<string>()
                .ToList();
        }

        return Text(value) is { } single ? [single] : [];
    }

    /// <summary>A number, or a string holding one.</summary>
    public static double? Number(JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.Number => element.Value.GetDouble(),
        JsonValueKind.String => Number(element.Value.GetString()),
        _ => null,
    };

    public static double? Number(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;

    /// <summary>A boolean, or "true"/"false"/"1"/"0"/"yes"/"no" in any casing, or 1/0.</summary>
    public static bool? Bool(JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.Value.GetDouble() != 0,
        JsonValueKind.String => Bool(element.Value.GetString()),
        _ => null,
    };

    public static bool? Bool(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" or "" => false,
        _ => null,
    };

    /// <summary>
    /// A time: epoch seconds (with fractions), milliseconds or microseconds, told apart by magnitude, as a
    /// number or a string; or ISO 8601 text with an offset or Z. Text without an offset is refused.
    /// </summary>
    public static DateTimeOffset? Time(JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.Number => Epoch(element.Value.GetDouble()),
        JsonValueKind.String => Time(element.Value.GetString()),
        _ => null,
    };

    public static DateTimeOffset? Time(string? text, bool assumeUtc = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (Number(text) is { } number)
        {
            return Epoch(number);
        }

        var styles = DateTimeStyles.AllowWhiteSpaces | (assumeUtc ? DateTimeStyles.AssumeUniversal : DateTimeStyles.None);
        if (!assumeUtc && !HasOffset(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed) ? parsed.ToUniversalTime() : null;
    }

    /// <summary>Epoch seconds, milliseconds or microseconds by magnitude (seconds reach 1e11 only in the year 5138).</summary>
    public static DateTimeOffset? Epoch(double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            return null;
        }

        var milliseconds = value switch
        {
            < 1e11 => value * 1000,
            < 1e14 => value,
            < 1e17 => value / 1000,
            _ => double.NaN,
        };
        return double.IsFinite(milliseconds) && milliseconds < 253_402_300_799_000
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(milliseconds))
            : null;
    }

    /// <summary>A name compared without casing, spaces, dashes, underscores or dots: "Hard_Bounce" = "hardBounce".</summary>
    public static string Fold(string? name) =>
        new((name ?? string.Empty).Where(c => c is not ('_' or '-' or ' ' or '.')).Select(char.ToLowerInvariant).ToArray());

    private static bool HasOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z') || text.EndsWith("GMT", StringComparison.OrdinalIgnoreCase)
            || text.EndsWith("UTC", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // An offset is + or - after the time part: the last such sign after a ':' (the date's dashes come before it).
        var time = text.IndexOf(':', StringComparison.Ordinal);
        return time > 0 && text.AsSpan(time).IndexOfAny('+', '-') > 0;
    }
}
