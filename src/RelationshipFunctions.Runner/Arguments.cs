using System.Globalization;

namespace RelationshipFunctions.Runner;

/// <summary>A command's positional arguments and <c>--name value</c> options.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _positional = [];

    public Arguments(IEnumerable<string> args)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            if (e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                var name = e.Current[2..];
                _options[name] = e.MoveNext() ? e.Current : throw new UsageException($"--{name} needs a value.");
            }
            else
            {
                _positional.Add(e.Current);
            }
        }
    }

    public string? Positional(int index) => index < _positional.Count ? _positional[index] : null;

    public string Required(int index, string what) => Positional(index) ?? throw new UsageException($"Missing {what}.");

    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>A date given as yyyy-MM-dd means the end of that day (UTC): everything on that day counts.</summary>
    public DateTimeOffset? AsOf(string name = "as-of")
    {
        var text = Option(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddTicks(-1)
            : throw new UsageException($"--{name} takes a date as yyyy-MM-dd.");
    }
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
