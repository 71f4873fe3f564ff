using System.Globalization;
using System.Text.Json;

namespace RelationshipFunctions.Ingest;

/// <summary>
/// Checks one signal object of schema version 1 and reports every problem at once. Messages name the
/// field and the rule, never the submitted value, so that they can be returned and counted safely.
/// </summary>
public static class SignalValidator
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "schemaVersion", "customerId", "type", "occurredAt", "source", "sourceEventId", "value", "attributes",
    };

    public static ParsedItem Validate(JsonElement item, int index, DateTimeOffset now)
    {
        try
        {
            return ValidateObject(item, index, now);
        }
        catch (InvalidOperationException)
        {
            // Reading a string or a property name throws on invalid UTF-8 or an unpaired surrogate escape.
            return new ParsedItem(index, null, [new(index, "$", "Contains text that is not valid UTF-8 or has an unpaired surrogate.")]);
        }
    }

    private static ParsedItem ValidateObject(JsonElement item, int index, DateTimeOffset now)
    {
        var errors = new List<ItemError>();
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(index, "$", "Each signal must be a JSON object."));
            return new ParsedItem(index, null, errors);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            if (!KnownFields.Contains(property.Name))
            {
                errors.Add(new(index, Truncate(property.Name), "Unknown field; schema version 1 does not define it (names are case-sensitive)."));
            }
            else if (!seen.Add(property.Name))
            {
                errors.Add(new(index, property.Name, "Appears more than once; send each field once."));
            }
        }

        CheckSchemaVersion(item, index, errors);
        var customerId = RequiredString(item, "customerId", SignalLimits.MaxCustomerIdLength, IsIdChar, index, errors);
        if (customerId is not null && LooksLikeEmail(customerId))
        {
            errors.Add(new(index, "customerId", "Looks like an email address; send your own pseudonymous customer id instead."));
            customerId = null;
        }
        var typeName = RequiredString(item, "type", 64, static _ => true, index, errors);
        var source = RequiredString(item, "source", SignalLimits.MaxSourceLength, IsSourceChar, index, errors);
        var sourceEventId = RequiredString(
            item, "sourceEventId", SignalLimits.MaxSourceEventIdLength, static c => c >= ' ' && c != 0x7f, index, errors);
        var occurredAt = ReadOccurredAt(item, index, now, errors);

        SignalType? type = null;
        if (typeName is not null && !SignalTypes.TryGet(typeName, out type))
        {
            errors.Add(new(index, "type", "Unknown signal type; see the schema for the list of types."));
        }

        var value = ReadValue(item, type, index, errors);
        var attributes = ReadAttributes(item, index, errors);

        if (errors.Count > 0)
        {
            return new ParsedItem(index, null, errors);
        }

        var signal = new Signal(customerId!, type!.Name, occurredAt!.Value, source!, sourceEventId!, value, attributes);
        return new ParsedItem(index, signal, []);
    }

    /// <summary>Customer ids: letters, digits and <c>. _ - @ + :</c>, so that they are safe inside storage keys.</summary>
    public static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@' or '+' or ':';

    /// <summary>Personal data stays out of keys, logs and snapshots: an email is never a customer id.</summary>
    public static bool LooksLikeEmail(string id)
    {
        var at = id.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && id.IndexOf('.', at) > at + 1;
    }

    private static bool IsSourceChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-';

    private static void CheckSchemaVersion(JsonElement item, int index, List<ItemError> errors)
    {
        if (!item.TryGetProperty("schemaVersion", out var version) || version.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != SignalLimits.SchemaVersion)
        {
            errors.Add(new(index, "schemaVersion", $"Only schema version {SignalLimits.SchemaVersion} is accepted."));
        }
    }

    private static string? RequiredString(
        JsonElement item,
        string field,
        int maxLength,
        Func<char, bool> allowed,
        int index,
        List<ItemError> errors)
    {
        if (!item.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new(index, field, "Required field is missing."));
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(index, field, $"Must be a string, not {Describe(element.ValueKind)}."));
            return null;
        }

        var text = element.GetString()!;
        if (text.Length == 0 || text.Length > maxLength)
        {
            errors.Add(new(index, field, $"Must be 1 to {maxLength} characters long."));
            return null;
        }

        if (!text.All(allowed))
        {
            errors.Add(new(index, field, "Contains characters that are not allowed in this field."));
            return null;
        }

        return text;
    }

    private static DateTimeOffset? ReadOccurredAt(JsonElement item, int index, DateTimeOffset now, List<ItemError> errors)
    {
        const string field = "occurredAt";
        if (!item.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new(index, field, "Required field is missing."));
            return null;
        }

        if (element.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParse(element.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var when)
            || !HasExplicitOffset(element.GetString()!))
        {
            errors.Add(new(index, field, "Must be an ISO 8601 date-time with a UTC offset, for example 2026-11-30T14:03:00Z."));
            return null;
        }

        if (when < SignalLimits.Earliest || when > now + SignalLimits.FutureTolerance)
        {
            errors.Add(new(index, field, "Lies in the future or before 1970; check the producer's clock and time zone."));
            return null;
        }

        return when.ToUniversalTime();
    }

    private static bool HasExplicitOffset(string text)
    {
        // The separator is a 'T' right after a digit of the date; a 'T' of "Tue" or "Sat" would let the
        // date's own dashes pass for an offset.
        var timePart = 1;
        while (timePart < text.Length && !(text[timePart] is 'T' or 't' && char.IsAsciiDigit(text[timePart - 1])))
        {
            timePart++;
        }

        if (timePart >= text.Length)
        {
            return false;
        }

        var tail = text.AsSpan(timePart);
        return tail.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || tail.LastIndexOfAny('+', '-') > 0;
    }

    private static double? ReadValue(JsonElement item, SignalType? type, int index, List<ItemError> errors)
    {
        const string field = "value";
        var present = item.TryGetProperty(field, out var element) && element.ValueKind != JsonValueKind.Null;
        if (!present)
        {
            if (type is { Value.Required: true })
            {
                errors.Add(new(index, field, $"Required for type {type.Name}: {type.ValueMeaning}."));
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            errors.Add(new(index, field, element.ValueKind == JsonValueKind.Number
                ? "Must be a finite number within the range of a double."
                : $"Must be a number, not {Describe(element.ValueKind)}."));
            return null;
        }

        if (type is null)
        {
            return value;
        }

        var rule = type.Value;
        if (rule.Forbidden)
        {
            errors.Add(new(index, field, $"Type {type.Name} takes no value."));
            return null;
        }

        if (value < rule.Min || value > rule.Max || (rule.WholeNumber && value != Math.Floor(value)))
        {
            var kind = rule.WholeNumber ? "a whole number" : "a number";
            errors.Add(new(index, field, $"For type {type.Name} must be {kind} from {rule.Min} to {rule.Max} ({type.ValueMeaning})."));
            return null;
        }

        return value;
    }

    private static Dictionary<string, string> ReadAttributes(JsonElement item, int index, List<ItemError> errors)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!item.TryGetProperty("attributes", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return attributes;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(index, "attributes", "Must be an object of string values."));
            return attributes;
        }

        foreach (var property in element.EnumerateObject())
        {
            var field = "attributes." + Truncate(property.Name);
            if (attributes.Count == SignalLimits.MaxAttributes)
            {
                errors.Add(new(index, "attributes", $"At most {SignalLimits.MaxAttributes} attributes are accepted."));
                break;
            }

            if (property.Name.Length is 0 or > SignalLimits.MaxAttributeKeyLength || !property.Name.All(IsAttributeKeyChar))
            {
                errors.Add(new(index, field, "Attribute names are 1 to 64 letters, digits, '_', '-' or '.'."));
                continue;
            }

            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
            if (text is null || text.Length > SignalLimits.MaxAttributeValueLength)
            {
                errors.Add(new(index, field, $"Must be a string, number or boolean of at most {SignalLimits.MaxAttributeValueLength} characters."));
                continue;
            }

            if (!attributes.TryAdd(property.Name, text))
            {
                errors.Add(new(index, field, "Appears more than once."));
            }
        }

        return attributes;
    }

    private static bool IsAttributeKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Truncate(string name) => name.Length <= 64 ? name : name[..64] + "…";
}
