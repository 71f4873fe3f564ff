namespace RelationshipFunctions.Webhooks;

/// <summary>What became of a delivery's events. <c>Accepted + Duplicates + Ignored + Quarantined == Received</c>.</summary>
/// <param name="Platform">The platform's route name.</param>
/// <param name="Test">True for a test or ping delivery: nothing was stored.</param>
/// <param name="Received">Events in the delivery.</param>
/// <param name="Accepted">New signals stored.</param>
/// <param name="Duplicates">Events whose signal was stored before (or earlier in this delivery).</param>
/// <param name="Ignored">Events that are no signal, counted by their type in <paramref name="IgnoredTypes"/>.</param>
/// <param name="Quarantined">Events that cannot be used, kept in the quarantine with their reason.</param>
/// <param name="IgnoredTypes">Ignored events by platform event type (<c>open:machine</c>, <c>bounce:temporary</c> ...).</param>
/// <param name="QuarantineReasons">Quarantined events by reason.</param>
public sealed record WebhookResult(
    string Platform,
    bool Test,
    int Received,
    int Accepted,
    int Duplicates,
    int Ignored,
    int Quarantined,
    IReadOnlyDictionary<string, int> IgnoredTypes,
    IReadOnlyDictionary<string, int> QuarantineReasons);

/// <summary>The processor's answer: a status code and either a result or a problem.</summary>
/// <param name="Status">The HTTP status to answer.</param>
/// <param name="Result">The counts, for 200.</param>
/// <param name="ProblemTitle">The problem's title, for errors.</param>
/// <param name="ProblemDetail">A sentence that never repeats a secret or a submitted value.</param>
public sealed record WebhookResponse(int Status, WebhookResult? Result, string? ProblemTitle = null, string? ProblemDetail = null)
{
    public static WebhookResponse Problem(int status, string title, string detail) => new(status, null, title, detail);
}
