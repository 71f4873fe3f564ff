namespace RelationshipFunctions.Delivery;

/// <summary>What one POST to a receiver came to.</summary>
/// <param name="StatusCode">The HTTP status, or null when no answer came.</param>
/// <param name="LatencyMs">From sending the request to the end of the (capped) answer, in milliseconds.</param>
/// <param name="Error">Why no answer came (<c>timeout</c>, a refusal, a connection error); null when one did.</param>
public sealed record AttemptOutcome(int? StatusCode, long LatencyMs, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>The receiver said the endpoint is gone for good.</summary>
    public bool Gone => StatusCode == 410;

    public string Describe() => Error ?? $"HTTP {StatusCode}";
}
