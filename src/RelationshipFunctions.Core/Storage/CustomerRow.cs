using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Storage;

/// <summary>
/// A customer's current state and score. Partition: the customer's shard; row key: the customer id.
/// </summary>
public sealed class CustomerRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public double Score { get; set; }
    public string Tier { get; set; } = string.Empty;
    public string? PreviousTier { get; set; }
    public double Confidence { get; set; }

    /// <summary>The factor breakdown as JSON (a list of <see cref="Scoring.FactorScore"/>).</summary>
    public string Factors { get; set; } = "[]";

    /// <summary>The folded state as JSON (a <see cref="Scoring.CustomerState"/>).</summary>
    public string State { get; set; } = "{}";

    public string ModelVersion { get; set; } = string.Empty;

    /// <summary>The named segment (see the model's segments); "none" when no rule matched.</summary>
    public string? Segment { get; set; }

    /// <summary>The tier the score points to but hysteresis has not yet granted, and for how many runs.</summary>
    public string? PendingTier { get; set; }

    /// <inheritdoc cref="PendingTier"/>
    public int PendingRuns { get; set; }

    /// <summary>Recent scores as "yyyy-MM-dd=score;..." (the last 120 days), for the trend.</summary>
    public string? RecentScores { get; set; }

    /// <summary>The change of the score over 7, 30 and 90 days; null without a score that old.</summary>
    public double? Trend7 { get; set; }

    /// <inheritdoc cref="Trend7"/>
    public double? Trend30 { get; set; }

    /// <inheritdoc cref="Trend7"/>
    public double? Trend90 { get; set; }

    /// <summary>Per-group change of points since the previous run, as JSON (group → points).</summary>
    public string? Attribution { get; set; }

    /// <summary>The manual override applied in this run, described for people; null when none.</summary>
    public string? Override { get; set; }

    /// <summary>The previous run's score, if any.</summary>
    public double? PreviousScore { get; set; }
    public DateTimeOffset AsOf { get; set; }
    public string RunId { get; set; } = string.Empty;
}
