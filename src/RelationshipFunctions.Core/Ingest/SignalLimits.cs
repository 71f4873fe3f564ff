namespace RelationshipFunctions.Ingest;

/// <summary>Size limits of schema version 1, enforced at every input boundary.</summary>
public static class SignalLimits
{
    public const int SchemaVersion = 1;
    public const int MaxBodyBytes = 8 * 1024 * 1024;
    public const int MaxItemsPerBatch = 10_000;
    public const int MaxCustomerIdLength = 64;
    public const int MaxSourceLength = 32;
    public const int MaxSourceEventIdLength = 128;
    public const int MaxAttributes = 20;
    public const int MaxAttributeKeyLength = 64;
    public const int MaxAttributeValueLength = 256;

    /// <summary>How far in the future an occurred-at may lie, for producers whose clocks run ahead.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(10);

    /// <summary>Nothing the product scores happened before this.</summary>
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
