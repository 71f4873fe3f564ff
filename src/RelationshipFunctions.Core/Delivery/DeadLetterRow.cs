using Azure;
using Azure.Data.Tables;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// A delivery that used up its attempts. Partition: the subscription id; row key: the event id. The Service Bus
/// worker extension cannot dead-letter a message itself, so the product keeps its own record.
/// </summary>
public sealed class DeadLetterRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Attempts { get; set; }
    public int? LastStatusCode { get; set; }
    public string Reason { get; set; } = string.Empty;
    public DateTimeOffset DeadLetteredAt { get; set; }
}
