using System.Text.Json.Nodes;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Unit.Scoring;

public sealed class ScoringModelLoaderTests
{
    [Fact]
    public void LoadFile_RepositoryModel_LoadsAndValidates()
    {
        var model = ScoringModelLoader.LoadFile(Path.Combine(RepositoryRoot.Find(), "scoring-model.json"));

        Assert.Equal("2026-12-purchase-2", model.Version);
        Assert.Equal(MissingDataRule.Renormalize, model.MissingData);
        Assert.Equal(Direction.LowerIsBetter, model.Groups["purchase"].Metrics["recency"].Direction);
        Assert.Equal(["platinum", "gold", "silver", "bronze"], model.Tiers.Select(tier => tier.Name));
    }

    [Fact]
    public void LoadFile_MissingFile_ThrowsNamingTheSetting()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.LoadFile(path));

        Assert.Contains("Scoring:ModelPath", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        var json = Valid().ToJsonString().Replace("\"schema\":1,", "// the format\n\"schema\":1,", StringComparison.Ordinal)
            .Replace("]}", "],}", StringComparison.Ordinal);

        var model = ScoringModelLoader.Parse(json);

        Assert.Equal("test-1", model.Version);
    }

    [Fact]
    public void Serialize_ValidModel_ParsesBackToTheSameText()
    {
        var model = ScoringModelLoader.Parse(Valid().ToJsonString());

        var text = ScoringModelLoader.Serialize(model);

        Assert.Equal(text, ScoringModelLoader.Serialize(ScoringModelLoader.Parse(text)));
    }

    [Theory]
    [InlineData("groups.purchase.metrics.recency.weight", "-1", "groups.purchase.metrics.recency.weight")]
    [InlineData("groups.purchase.weight", "-0.5", "groups.purchase.weight")]
    [InlineData("tiers[1].minScore", "90", "tiers[1].minScore")]
    [InlineData("tiers[2].minScore", "101", "tiers[2].minScore")]
    [InlineData("tiers[3].minScore", "10", "tiers[3].minScore")]
    [InlineData("tiers[1].name", "\"Platinum\"", "tiers[1].name")]
    [InlineData("tiers[2].name", "\"silver tier\"", "tiers[2].name")]
    [InlineData("tiers[0].name", "\"\"", "tiers[0].name")]
    [InlineData("schema", "2", "schema")]
    [InlineData("version", "\"  \"", "version")]
    [InlineData("neutralScore", "101", "neutralScore")]
    [InlineData("groups.purchase.metrics.monetary.transform", "\"linear\"", "groups.purchase.metrics.monetary.max")]
    [InlineData("groups.purchase.metrics.monetary.transform", "\"log\"", "groups.purchase.metrics.monetary.max")]
    [InlineData("groups.purchase.metrics.frequency.min", "60", "groups.purchase.metrics.frequency.max")]
    [InlineData("groups.purchase.metrics.frequency.min", "-1", "groups.purchase.metrics.frequency.min")]
    [InlineData("groups.purchase.metrics.breadth.points", "[{\"value\":1,\"score\":0}]", "groups.purchase.metrics.breadth.points")]
    [InlineData("groups.purchase.metrics.breadth.points[1].value", "0", "groups.purchase.metrics.breadth.points[1].value")]
    [InlineData("groups.purchase.metrics.breadth.points[0].score", "120", "groups.purchase.metrics.breadth.points[0].score")]
    public void Parse_InvalidField_ReportsItsPath(string path, string rawValue, string expectedPath)
    {
        var json = Valid();
        Set(json, path, rawValue);

        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse(json.ToJsonString()));

        Assert.Contains(ex.Errors, error => error.StartsWith(expectedPath + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownMetric_NamesItAndTheKnownOnes()
    {
        var json = Valid();
        json["groups"]!["purchase"]!["metrics"]!["tenure"] = new JsonObject { ["weight"] = 1 };

        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse(json.ToJsonString()));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith("groups.purchase.metrics.tenure: unknown metric", error, StringComparison.Ordinal);
        Assert.Contains("recency", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownGroup_NamesIt()
    {
        var json = Valid();
        json["groups"]!["gossip"] = JsonNode.Parse("{\"weight\":1,\"metrics\":{\"recency\":{\"weight\":1}}}");

        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse(json.ToJsonString()));

        Assert.StartsWith("groups.gossip: unknown factor group", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groups.purchase.metrics.recency.transform", "\"sigmoid\"")]
    [InlineData("groups.purchase.metrics.recency.transform", "7")]
    [InlineData("groups.purchase.metrics.recency.transform", "\"7\"")]
    [InlineData("groups.purchase.metrics.recency.direction", "\"upwards\"")]
    [InlineData("groups.purchase.metrics.recency.direction", "1")]
    [InlineData("missingData", "\"ignore\"")]
    [InlineData("missingData", "5")]
    public void Parse_UnknownEnumValue_ReportsTheJsonPath(string path, string rawValue)
    {
        var json = Valid();
        Set(json, path, rawValue);

        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse(json.ToJsonString()));

        Assert.StartsWith("$." + path + ":", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groups.purchase.metrics.recency.wieght", "1")]
    [InlineData("tiers[0].min", "1")]
    [InlineData("colour", "\"blue\"")]
    public void Parse_UnknownProperty_ReportsTheJsonPath(string path, string rawValue)
    {
        var json = Valid();
        Set(json, path, rawValue);

        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse(json.ToJsonString()));

        Assert.StartsWith("$", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groups", "null")]
    [InlineData("tiers", "null")]
    [InlineData("groups.purchase", "null")]
    [InlineData("groups.purchase.metrics", "null")]
    [InlineData("groups.purchase.metrics.recency", "null")]
    [InlineData("groups.purchase.metrics.breadth.points", "null")]
    [InlineData("groups.purchase.metrics.breadth.points[0]", "null")]
    [InlineData("tiers[1]", "null")]
    [InlineData("groups.purchase.weight", "\"heavy\"")]
    [InlineData("neutralScore", "null")]
    public void Parse_NullOrWrongType_ThrowsModelExceptionNamingThePath(string path, string rawValue)
    {
        var json = Valid();
        Set(json, path, rawValue);

        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse(json.ToJsonString()));

        Assert.Contains(path + ":", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AllWeightsZero_ReportsBothLevels()
    {
        var json = Valid();
        Set(json, "groups.purchase.weight", "0");
        foreach (var metric in new[] { "recency", "frequency", "monetary", "breadth" })
        {
            Set(json, $"groups.purchase.metrics.{metric}.weight", "0");
        }

        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse(json.ToJsonString()));

        Assert.Contains("groups: the group weights must not all be 0.", ex.Errors);
        Assert.Contains("groups.purchase.metrics: the metric weights must not all be 0.", ex.Errors);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneAtOnce()
    {
        var json = Valid();
        Set(json, "schema", "3");
        Set(json, "groups.purchase.metrics.recency.weight", "-0.1");
        Set(json, "tiers[3].minScore", "5");

        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse(json.ToJsonString(), "model.json"));

        Assert.Equal(3, ex.Errors.Count);
        Assert.Contains("model.json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", "$")]
    [InlineData("", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"version\":", "$")]
    public void Parse_NotAModelObject_ReportsTheRoot(string json, string expectedPrefix)
    {
        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse(json));

        Assert.StartsWith(expectedPrefix, Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoGroupsAndNoTiers_ReportsBoth()
    {
        var ex = Assert.Throws<ScoringModelException>(() => ScoringModelLoader.Parse("{\"version\":\"v\"}"));

        Assert.Contains(ex.Errors, error => error.StartsWith("groups:", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, error => error.StartsWith("tiers:", StringComparison.Ordinal));
    }

    private static JsonObject Valid() => JsonNode.Parse("""
        {
          "schema": 1,
          "version": "test-1",
          "missingData": "neutral",
          "neutralScore": 50,
          "groups": {
            "purchase": {
              "weight": 1,
              "metrics": {
                "recency": { "weight": 0.4, "transform": "percentile", "direction": "lowerIsBetter" },
                "frequency": { "weight": 0.3, "transform": "log", "min": 0, "max": 50 },
                "monetary": { "weight": 0.2 },
                "breadth": {
                  "weight": 0.1,
                  "transform": "thresholds",
                  "points": [ { "value": 1, "score": 0 }, { "value": 3, "score": 60 }, { "value": 6, "score": 100 } ]
                }
              }
            }
          },
          "tiers": [
            { "name": "platinum", "minScore": 80 },
            { "name": "gold", "minScore": 60 },
            { "name": "silver", "minScore": 40 },
            { "name": "bronze", "minScore": 0 }
          ]
        }
        """)!.AsObject();

    /// <summary>Sets the node at a dotted path with [n] array steps, creating the last property if needed.</summary>
    private static void Set(JsonObject root, string path, string rawValue)
    {
        JsonNode parent = root;
        var steps = path.Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? step : step[..bracket];
            var last = i == steps.Length - 1;
            if (bracket < 0)
            {
                if (last)
                {
                    parent[name] = JsonNode.Parse(rawValue);
                    return;
                }

                parent = parent[name]!;
                continue;
            }

            var position = int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            var array = parent[name]!.AsArray();
            if (last)
            {
                array[position] = JsonNode.Parse(rawValue);
                return;
            }

            parent = array[position]!;
        }
    }
}
