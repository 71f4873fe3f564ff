using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RelationshipFunctions.Infra.Tests;

/// <summary>
/// The settings the code reads: every option class (a type with a <c>SectionName</c> constant) with its
/// properties, nested classes and collections (as prefixes), plus the connections and %settings% the
/// triggers name in functions.metadata.
/// </summary>
public static partial class CodeSettings
{
    public static IReadOnlyList<string> Read()
    {
        var assemblies = new[] { typeof(Storage.StorageOptions).Assembly, typeof(Functions.Ingest.SignalsFunction).Assembly };
        var settings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assemblies.SelectMany(assembly => assembly.GetTypes()))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field)
            {
                AddProperties(type, (string)field.GetValue(null)!, settings);
            }
        }

        foreach (var binding in TriggerBindings())
        {
            if (binding.TryGetProperty("connection", out var connection) && connection.GetString() is { Length: > 0 } name)
            {
                settings.Add(name);
            }

            foreach (Match match in PercentSetting().Matches(binding.GetRawText()))
            {
                settings.Add(match.Groups[1].Value);
            }
        }

        return [.. settings];
    }

    private static void AddProperties(Type type, string prefix, SortedSet<string> settings)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = prefix + "__" + property.Name;
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(propertyType) || typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                settings.Add(name);
            }
            else if (propertyType.IsClass)
            {
                AddProperties(propertyType, name, settings);
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Uri) || type == typeof(decimal)
        || type == typeof(TimeSpan);

    private static List<JsonElement> TriggerBindings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .SelectMany(function => function.GetProperty("bindings").EnumerateArray())
            .Select(binding => binding.Clone())
            .ToList();
    }

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex PercentSetting();
}
