using System.Collections.Concurrent;
using System.Globalization;
using RelationshipFunctions.Scoring.Lifetime;

namespace RelationshipFunctions.Tests.Testing;

/// <summary>
/// Finds and reads the CDNOW files: from the folder in RF_CDNOW_DIR if set, else
/// &lt;repo root&gt;/../shared/data/cdnow/. The data is never copied into the repository.
/// </summary>
public static class CdnowData
{
    public const string Sample = "CDNOW_sample.txt";
    public const string Master = "CDNOW_master.txt";

    /// <summary>The first day of the acquisition period, 1997-01-01.</summary>
    public static readonly DateOnly Origin = new(1997, 1, 1);

    /// <summary>The last day of the 39-week calibration period (dates before 1997-10-01).</summary>
    public static readonly DateOnly CalibrationEnd = new(1997, 9, 30);

    /// <summary>The last day of week 78, the end of the data.</summary>
    public static readonly DateOnly HoldoutEnd = new(1998, 6, 30);

    private static readonly ConcurrentDictionary<string, IReadOnlyList<CustomerTransaction>> Cache = new();

    public static string Folder =>
        Environment.GetEnvironmentVariable("RF_CDNOW_DIR") is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", "data", "cdnow"));

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a CDNOW file. The sample has no header and columns master id, sample id, date, CDs, dollars;
    /// the master file has a header line and columns customer id, date, CDs, dollars. The customer id is
    /// the first column in both.
    /// </summary>
    public static IReadOnlyList<CustomerTransaction> Load(string fileName) => Cache.GetOrAdd(fileName, Read);

    private static List<CustomerTransaction> Read(string fileName)
    {
        var path = PathOf(fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The CDNOW file {path} is missing. Put it there or point RF_CDNOW_DIR at its folder.", path);
        }

        var transactions = new List<CustomerTransaction>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4 || !char.IsAsciiDigit(parts[0][0]))
            {
                continue;
            }

            var dateColumn = parts.Length == 5 ? 2 : 1;
            transactions.Add(new CustomerTransaction(
                parts[0],
                DateOnly.ParseExact(parts[dateColumn], "yyyyMMdd", CultureInfo.InvariantCulture),
                double.Parse(parts[^1], CultureInfo.InvariantCulture)));
        }

        return transactions;
    }
}
