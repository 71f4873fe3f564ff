using System.ComponentModel.DataAnnotations;

namespace RelationshipFunctions.Scoring;

/// <summary>Settings of the nightly rescoring.</summary>
public sealed class ScoringOptions
{
    public const string SectionName = "Scoring";

    /// <summary>Path of the scoring model file, relative to the app's folder. Default: <c>scoring-model.json</c>.</summary>
    [Required]
    public string ModelPath { get; set; } = "scoring-model.json";

    /// <summary>How many shards are rescored at once. Default: 4.</summary>
    [Range(1, 32)]
    public int ShardParallelism { get; set; } = 4;
}
