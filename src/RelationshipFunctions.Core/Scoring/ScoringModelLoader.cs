using System.Text.Json;

namespace RelationshipFunctions.Scoring;

/// <summary>Reads and validates a scoring model file.</summary>
public static class ScoringModelLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,

        // Takes precedence over the enums' own converters: a number such as "transform": 7 is refused
        // with its JSON path instead of becoming an undefined enum value.
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static ScoringModel LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ScoringModelException(path, [$"file not found (set Scoring:ModelPath to the model file)."]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static ScoringModel Parse(string json, string source = "(inline)")
    {
        ScoringModel? model;
        try
        {
            model = JsonSerializer.Deserialize<ScoringModel>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            throw new ScoringModelException(source, [$"{where}: {FirstSentence(ex.Message)}"]);
        }

        if (model is null)
        {
            throw new ScoringModelException(source, ["$: the file is empty or null."]);
        }

        var errors = ScoringModelValidator.Validate(model);
        return errors.Count == 0 ? model : throw new ScoringModelException(source, errors);
    }

    public static string Serialize(ScoringModel model) => JsonSerializer.Serialize(model, Options);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
