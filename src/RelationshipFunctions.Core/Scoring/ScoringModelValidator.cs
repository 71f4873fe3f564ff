using System.Globalization;

namespace RelationshipFunctions.Scoring;

/// <summary>Checks a scoring model and lists every problem with the path of the field at fault.</summary>
public static class ScoringModelValidator
{
    public static IReadOnlyList<string> Validate(ScoringModel model)
    {
        var nulls = NullEntries(model).ToList();
        if (nulls.Count > 0)
        {
            return nulls;
        }

        var errors = new List<string>();
        if (model.Schema != 1)
        {
            errors.Add("schema: only version 1 is understood.");
        }

        if (string.IsNullOrWhiteSpace(model.Version))
        {
            errors.Add("version: required, for example \"2026-12-01\".");
        }

        if (model.NeutralScore is < 0 or > 100)
        {
            errors.Add("neutralScore: must be from 0 to 100.");
        }

        if (model.Lifetime is null || model.Lifetime.HorizonWeeks is not (> 0 and <= 520))
        {
            errors.Add("lifetime.horizonWeeks: must be more than 0 and at most 520 weeks.");
        }

        if (model.BehaviourHalfLifeDays is < 0 or > 3650 || double.IsNaN(model.BehaviourHalfLifeDays))
        {
            errors.Add("behaviourHalfLifeDays: must be from 0 (no decay) to 3650 days.");
        }

        ValidateFitTables(model, errors);
        if (model.TierHysteresis is null || model.TierHysteresis.Margin is < 0 or > 50 || model.TierHysteresis.Runs is < 1 or > 30)
        {
            errors.Add("tierHysteresis: margin must be from 0 to 50 points and runs from 1 to 30.");
        }

        for (var i = 0; i < (model.Segments?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(model.Segments![i]?.Name))
            {
                errors.Add($"segments[{i}].name: required.");
            }
        }

        if (model.Groups.Count == 0)
        {
            errors.Add("groups: at least one factor group is required.");
        }

        foreach (var (groupName, group) in model.Groups)
        {
            ValidateGroup($"groups.{groupName}", groupName, group, errors);
        }

        if (model.Groups.Count > 0 && model.Groups.Values.Sum(group => group.Weight) <= 0)
        {
            errors.Add("groups: the group weights must not all be 0.");
        }

        ValidateTiers(model.Tiers, errors);
        return errors;
    }

    /// <summary>
    /// JSON nulls inside the groups, metrics, points and tiers collections pass the serializer's nullable
    /// checks; they are reported here, before anything reads them.
    /// </summary>
    private static IEnumerable<string> NullEntries(ScoringModel model)
    {
        foreach (var (groupName, group) in model.Groups)
        {
            if (group is null)
            {
                yield return $"groups.{groupName}: must be an object, not null.";
                continue;
            }

            foreach (var (metricName, metric) in group.Metrics)
            {
                if (metric is null)
                {
                    yield return $"groups.{groupName}.metrics.{metricName}: must be an object, not null.";
                    continue;
                }

                for (var i = 0; i < metric.Points.Count; i++)
                {
                    if (metric.Points[i] is null)
                    {
                        yield return $"groups.{groupName}.metrics.{metricName}.points[{i}]: must be an object, not null.";
                    }
                }
            }
        }

        for (var i = 0; i < model.Tiers.Count; i++)
        {
            if (model.Tiers[i] is null)
            {
                yield return $"tiers[{i}]: must be an object, not null.";
            }
        }
    }

    private static void ValidateGroup(string path, string groupName, GroupModel group, List<string> errors)
    {
        if (!MetricCatalog.ByGroup.ContainsKey(groupName))
        {
            errors.Add($"{path}: unknown factor group; known: {string.Join(", ", MetricCatalog.ByGroup.Keys)}.");
            return;
        }

        if (group.Weight < 0 || !double.IsFinite(group.Weight))
        {
            errors.Add($"{path}.weight: must be a number of at least 0.");
        }

        if (group.Metrics.Count == 0)
        {
            errors.Add($"{path}.metrics: at least one metric is required.");
        }
        else if (group.Metrics.Values.Sum(metric => metric.Weight) <= 0)
        {
            errors.Add($"{path}.metrics: the metric weights must not all be 0.");
        }

        foreach (var (metricName, metric) in group.Metrics)
        {
            var metricPath = $"{path}.metrics.{metricName}";
            if (!MetricCatalog.IsKnown(groupName, metricName))
            {
                errors.Add($"{metricPath}: unknown metric; known: {string.Join(", ", MetricCatalog.ByGroup[groupName])}.");
            }

            ValidateMetric(metricPath, metric, errors);
        }
    }

    private static void ValidateMetric(string path, MetricModel metric, List<string> errors)
    {
        if (metric.Weight < 0 || !double.IsFinite(metric.Weight))
        {
            errors.Add($"{path}.weight: must be a number of at least 0.");
        }

        switch (metric.Transform)
        {
            case TransformKind.Linear or TransformKind.Log when metric.Max is null || metric.Max <= metric.Min:
                errors.Add($"{path}.max: required for the {metric.Transform.ToString().ToLowerInvariant()} transform and greater than min.");
                break;
            case TransformKind.Log when metric.Min < 0:
                errors.Add($"{path}.min: must be at least 0 for the log transform.");
                break;
            case TransformKind.Thresholds when metric.Points.Count < 2:
                errors.Add($"{path}.points: the thresholds transform needs at least two points.");
                break;
            case TransformKind.Thresholds:
                for (var i = 0; i < metric.Points.Count; i++)
                {
                    if (metric.Points[i].Score is < 0 or > 100)
                    {
                        errors.Add($"{path}.points[{i}].score: must be from 0 to 100.");
                    }

                    if (i > 0 && metric.Points[i].Value <= metric.Points[i - 1].Value)
                    {
                        errors.Add($"{path}.points[{i}].value: values must be strictly ascending.");
                    }
                }

                break;
        }
    }

    private static void ValidateTiers(IReadOnlyList<TierModel> tiers, List<string> errors)
    {
        if (tiers.Count == 0)
        {
            errors.Add("tiers: at least one tier is required.");
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"tiers[{i}]");
            if (string.IsNullOrWhiteSpace(tier.Name) || !tier.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                errors.Add($"{path}.name: required; letters, digits, '-' or '_'.");
            }
            else if (!names.Add(tier.Name))
            {
                errors.Add($"{path}.name: appears more than once.");
            }

            if (tier.MinScore is < 0 or > 100)
            {
                errors.Add($"{path}.minScore: must be from 0 to 100.");
            }

            if (i > 0 && tier.MinScore >= tiers[i - 1].MinScore)
            {
                errors.Add($"{path}.minScore: tiers are listed from the highest threshold down.");
            }
        }

        if (tiers[^1].MinScore != 0)
        {
            errors.Add($"tiers[{tiers.Count - 1}].minScore: the last tier must start at 0 so that every score has a tier.");
        }
    }

    private static void ValidateFitTables(ScoringModel model, List<string> errors)
    {
        foreach (var (metric, table) in model.Fit ?? new Dictionary<string, FitTableModel>())
        {
            if (!MetricCatalog.IsKnown("fit", metric))
            {
                errors.Add($"fit.{metric}: unknown fit metric; known: {string.Join(", ", MetricCatalog.ByGroup["fit"])}.");
                continue;
            }

            if (table is null || table.Otherwise is < 0 or > 100 || table.Values.Values.Any(score => score is < 0 or > 100))
            {
                errors.Add($"fit.{metric}: every score, and otherwise, must be from 0 to 100.");
            }
        }

        if (model.Groups?.GetValueOrDefault("fit")?.Metrics is { } used)
        {
            foreach (var metric in used.Keys.Where(metric => model.Fit?.ContainsKey(metric) != true))
            {
                errors.Add($"groups.fit.metrics.{metric}: needs a table of good values in fit.{metric}.");
            }
        }
    }
}
