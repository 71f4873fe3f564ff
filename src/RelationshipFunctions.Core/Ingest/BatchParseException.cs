namespace RelationshipFunctions.Ingest;

/// <summary>The body as a whole cannot be read: not JSON, not an array, or past a size limit.</summary>
public sealed class BatchParseException(string message, BatchParseFailure failure = BatchParseFailure.Malformed)
    : Exception(message)
{
    public BatchParseFailure Failure { get; } = failure;
}

/// <summary>Why a whole body was refused.</summary>
public enum BatchParseFailure
{
    Malformed,
    TooLarge,
    UnsupportedMediaType,
}
