namespace RelationshipFunctions.Import;

/// <summary>
/// Which columns of a purchase CSV (with a header row) hold what. Written on the command line as
/// <c>customer=cust_id,date=order_date,amount=total[,id=order_id][,category=category]</c>.
/// </summary>
public sealed record CsvMapping(
    string CustomerColumn,
    string DateColumn,
    string AmountColumn,
    string? EventIdColumn = null,
    string? CategoryColumn = null,
    string? DateFormat = null,
    char Delimiter = ',')
{
    public static CsvMapping Parse(string text, string? dateFormat = null, char delimiter = ',')
    {
        var pairs = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
            .ToList();
        if (pairs.Any(pair => pair.Length != 2 || pair[1].Length == 0))
        {
            throw new FormatException("A column mapping is a comma-separated list of field=column pairs.");
        }

        var repeated = pairs.GroupBy(pair => pair[0].ToLowerInvariant())
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();
        if (repeated.Count > 0)
        {
            throw new FormatException($"Mapping fields given more than once: {string.Join(", ", repeated)}.");
        }

        var map = pairs.ToDictionary(pair => pair[0].ToLowerInvariant(), pair => pair[1]);
        var unknown = map.Keys.Except(["customer", "date", "amount", "id", "category"]).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"Unknown mapping fields: {string.Join(", ", unknown)}; use customer, date, amount, id, category.");
        }

        string Required(string key) =>
            map.TryGetValue(key, out var column) ? column : throw new FormatException($"The mapping needs {key}=<column>.");

        return new CsvMapping(Required("customer"), Required("date"), Required("amount"),
            map.GetValueOrDefault("id"), map.GetValueOrDefault("category"), dateFormat, delimiter);
    }
}
