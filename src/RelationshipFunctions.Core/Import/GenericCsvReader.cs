using System.Globalization;

namespace RelationshipFunctions.Import;

/// <summary>Reads a purchase history CSV with a header row, by a <see cref="CsvMapping"/>.</summary>
public static class GenericCsvReader
{
    public static async IAsyncEnumerable<ImportLine> ReadAsync(
        TextReader text,
        CsvMapping mapping,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new CsvRecordReader(text, mapping.Delimiter);
        var header = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new FormatException("The file is empty; a header row is required.");
        var columns = header.Select((name, index) => (name: name.Trim(), index))
            .GroupBy(column => column.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First().index, StringComparer.OrdinalIgnoreCase);

        int Column(string? name) => name is null ? -1
            : columns.TryGetValue(name, out var index) ? index
            : throw new FormatException($"The header has no column named '{name}'.");

        var (customer, date, amount) = (Column(mapping.CustomerColumn), Column(mapping.DateColumn), Column(mapping.AmountColumn));
        var (eventId, category) = (Column(mapping.EventIdColumn), Column(mapping.CategoryColumn));
        var perDay = new Dictionary<(string, string), int>();

        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } fields)
        {
            if (fields is [""])
            {
                continue;
            }

            yield return Parse(fields, reader.RecordLine, mapping, customer, date, amount, eventId, category, perDay);
        }
    }

    private static ImportLine Parse(
        List<string> fields, int line, CsvMapping mapping, int customer, int date, int amount, int eventId, int category,
        Dictionary<(string, string), int> perDay)
    {
        var needed = new[] { customer, date, amount, eventId, category }.Max();
        if (fields.Count <= needed)
        {
            return ImportLine.Failed(line, $"Expected at least {needed + 1} fields, found {fields.Count}.");
        }

        if (!TryParseDate(fields[date].Trim(), mapping.DateFormat, out var occurredAt))
        {
            return ImportLine.Failed(line, $"Column '{mapping.DateColumn}' is not a date{(mapping.DateFormat is null ? string.Empty : " in " + mapping.DateFormat)}.");
        }

        if (!double.TryParse(fields[amount].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            return ImportLine.Failed(line, $"Column '{mapping.AmountColumn}' is not a number.");
        }

        var customerId = fields[customer].Trim();
        var dayKey = occurredAt.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var id = eventId >= 0 ? fields[eventId].Trim() : null;
        if (string.IsNullOrEmpty(id))
        {
            var key = (customerId, dayKey);
            id = $"{customerId}-{dayKey}-{perDay[key] = perDay.GetValueOrDefault(key) + 1}";
        }

        var attributes = new Dictionary<string, string>();
        if (category >= 0 && fields[category].Trim() is { Length: > 0 } name)
        {
            attributes["category"] = name;
        }

        return ImportLine.Ok(new PurchaseRecord(line, customerId, occurredAt, id, value, attributes));
    }

    private static bool TryParseDate(string text, string? format, out DateTimeOffset value)
    {
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        var parsed = format is null
            ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out value)
            : DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, styles, out value);
        if (parsed && value.TimeOfDay == TimeSpan.Zero && !text.Contains(':', StringComparison.Ordinal))
        {
            value = value.AddHours(12);
        }

        return parsed;
    }
}
