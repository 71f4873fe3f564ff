using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Functions.Delivery;

/// <summary>A subscription's delivery log as the API shows it, newest attempts first.</summary>
public sealed record DeliveryLogView(
    SubscriptionView Subscription,
    IReadOnlyList<AttemptView> Attempts,
    IReadOnlyList<DeadLetterView> DeadLetters);

/// <summary>One attempt: when, the answer's status (null when none came), latency in milliseconds and outcome.</summary>
public sealed record AttemptView(
    string EventId,
    int Attempt,
    DateTimeOffset AttemptedAt,
    int? StatusCode,
    long LatencyMs,
    string Outcome,
    string? Error,
    DateTimeOffset? NextAttemptAt)
{
    public static AttemptView From(DeliveryAttemptRow row) => new(
        row.EventId, row.Attempt, row.AttemptedAt, row.StatusCode, row.LatencyMs, row.Outcome, row.Error, row.NextAttemptAt);
}

/// <summary>A delivery that used up its attempts.</summary>
public sealed record DeadLetterView(string EventId, int Attempts, int? LastStatusCode, string Reason, DateTimeOffset DeadLetteredAt)
{
    public static DeadLetterView From(DeadLetterRow row) => new(row.RowKey, row.Attempts, row.LastStatusCode, row.Reason, row.DeadLetteredAt);
}

/// <summary>The body of a redeliver request.</summary>
public sealed record RedeliverRequest(string EventId);

/// <summary>The body of a replay request: the range [from, to) of event times.</summary>
public sealed record ReplayRequest(DateTimeOffset From, DateTimeOffset To);

/// <summary>The answer to a replay: how many deliveries were scheduled.</summary>
public sealed record ReplayView(int Scheduled);
