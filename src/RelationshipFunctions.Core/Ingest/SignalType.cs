namespace RelationshipFunctions.Ingest;

/// <summary>
/// One kind of signal: its wire name, the factor group it feeds, and what its numeric value means.
/// </summary>
/// <param name="Name">The wire name, for example <c>purchase</c> or <c>email.click</c>.</param>
/// <param name="Group">The factor group the signal feeds.</param>
/// <param name="Value">Whether a value is required, allowed or forbidden, and its range.</param>
/// <param name="ValueMeaning">What the value measures, with its unit, for the schema documentation.</param>
public sealed record SignalType(string Name, FactorGroup Group, ValueRule Value, string ValueMeaning);

/// <summary>The rule for a signal's numeric value.</summary>
/// <param name="Required">The value must be present.</param>
/// <param name="Min">The smallest accepted value, inclusive.</param>
/// <param name="Max">The largest accepted value, inclusive.</param>
/// <param name="WholeNumber">The value must be a whole number.</param>
public sealed record ValueRule(bool Required, double Min, double Max, bool WholeNumber = false)
{
    public static readonly ValueRule None = new(false, 0, 0);

    public static ValueRule Optional(double min, double max) => new(false, min, max);

    public static ValueRule Mandatory(double min, double max, bool wholeNumber = false) => new(true, min, max, wholeNumber);

    /// <summary>True when the type takes no value at all.</summary>
    public bool Forbidden => !Required && Min == 0 && Max == 0;
}
