using System.Globalization;

namespace RelationshipFunctions.Import;

/// <summary>
/// Reads the CDNOW purchase log: whitespace-separated customer id, date (yyyyMMdd), number of CDs and
/// dollar value. The file has no order ids, so each purchase gets a stable id from the customer, the
/// date and its position among that customer's purchases of the day: re-importing the same file (or a
/// longer one) reproduces the same ids.
/// </summary>
public static class CdnowReader
{
    public static async IAsyncEnumerable<ImportLine> ReadAsync(
        TextReader reader,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var perDay = new Dictionary<(string, string), int>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || (lineNumber == 1 && IsHeader(line)))
            {
                continue;
            }

            yield return Parse(line, lineNumber, perDay);
        }
    }

    /// <summary>The full log starts with a header line (customer_id date ...); the sample has none.</summary>
    private static bool IsHeader(string line) => !char.IsAsciiDigit(line.TrimStart().FirstOrDefault());

    private static ImportLine Parse(string line, int lineNumber, Dictionary<(string, string), int> perDay)
    {
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 5)
        {
            // The 1/10 sample file carries its own customer number in column 2; the master id comes first.
            parts = [parts[0], .. parts[2..]];
        }

        if (parts.Length != 4)
        {
            return ImportLine.Failed(
                lineNumber, "Expected 4 columns (customer id, date yyyyMMdd, CDs, dollar value) or the sample's 5.");
        }

        // Without AdjustToUniversal the parsed midnight UTC comes back as local time, a day early west of UTC.
        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (!DateTime.TryParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture, utc, out var date))
        {
            return ImportLine.Failed(lineNumber, "Column 2 is not a date in yyyyMMdd form.");
        }

        if (!int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity)
            || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || !double.IsFinite(amount))
        {
            return ImportLine.Failed(lineNumber, "Columns 3 and 4 must be a whole number of CDs and a dollar value.");
        }

        var customerId = parts[0];
        var key = (customerId, parts[1]);
        var ordinal = perDay[key] = perDay.GetValueOrDefault(key) + 1;
        var occurredAt = new DateTimeOffset(DateTime.SpecifyKind(date.Date, DateTimeKind.Utc).AddHours(12));
        return ImportLine.Ok(new PurchaseRecord(
            lineNumber,
            customerId,
            occurredAt,
            $"{customerId}-{parts[1]}-{ordinal}",
            amount,
            new Dictionary<string, string> { ["quantity"] = quantity.ToString(CultureInfo.InvariantCulture) }));
    }
}
