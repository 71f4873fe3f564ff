using Microsoft.Extensions.Options;

namespace RelationshipFunctions.Scoring;

/// <summary>Loads the scoring model once, from the configured path, and fails loudly if it is invalid.</summary>
public sealed class ScoringModelProvider(IOptions<ScoringOptions> options)
{
    private readonly Lazy<ScoringModel> _model = new(() => ScoringModelLoader.LoadFile(Resolve(options.Value.ModelPath)));

    public ScoringModel Current => _model.Value;

    private static string Resolve(string path) =>
        Path.IsPathRooted(path) || File.Exists(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
