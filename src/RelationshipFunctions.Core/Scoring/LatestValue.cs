namespace RelationshipFunctions.Scoring;

/// <summary>
/// The value of the most recent event (a subscription state, a loyalty tier, a firmographic attribute).
/// Events at the same instant are broken by the value's ordinal order, so arrival order never matters.
/// </summary>
public sealed class LatestValue
{
    private DateTimeOffset _at = DateTimeOffset.MinValue;

    /// <summary>The latest value, or null when none was seen.</summary>
    public string? Value { get; private set; }

    /// <summary>Keeps <paramref name="value"/> if it is later than the current one (or as late and ordinally greater).</summary>
    public void Offer(DateTimeOffset at, string value)
    {
        if (Value is null || at > _at || (at == _at && string.CompareOrdinal(value, Value) > 0))
        {
            (_at, Value) = (at, value);
        }
    }
}
