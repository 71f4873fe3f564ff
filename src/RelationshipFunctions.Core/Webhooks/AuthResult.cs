namespace RelationshipFunctions.Webhooks;

/// <summary>The outcome of checking a delivery's signature or secret.</summary>
public enum AuthOutcome
{
    /// <summary>Signed with (or carrying) one of the active secrets.</summary>
    Valid,

    /// <summary>Signed with the platform's documented test secret: answered 200, nothing stored.</summary>
    TestDelivery,

    /// <summary>No signature or secret at all.</summary>
    Missing,

    /// <summary>A signature or secret that matches none of the active secrets.</summary>
    Invalid,

    /// <summary>A correct signature whose timestamp lies outside the platform's tolerance (a replay).</summary>
    Stale,

    /// <summary>The body that carries the signature cannot be read: answered 400.</summary>
    Malformed,

    /// <summary>No secret is configured for the platform: answered 503 so that the platform retries.</summary>
    NotConfigured,
}

/// <summary>An <see cref="AuthOutcome"/> with a reason code for the rejection counter (no secret, no personal data).</summary>
public readonly record struct AuthResult(AuthOutcome Outcome, string Reason)
{
    public static readonly AuthResult Valid = new(AuthOutcome.Valid, "valid");
    public static readonly AuthResult Test = new(AuthOutcome.TestDelivery, "test");
    public static readonly AuthResult NotConfigured = new(AuthOutcome.NotConfigured, "not_configured");

    public static AuthResult Missing(string what) => new(AuthOutcome.Missing, "missing_" + what);

    public static AuthResult Invalid(string what) => new(AuthOutcome.Invalid, "invalid_" + what);

    public static AuthResult Stale() => new(AuthOutcome.Stale, "stale_timestamp");

    public static AuthResult Malformed(string what) => new(AuthOutcome.Malformed, "malformed_" + what);
}
