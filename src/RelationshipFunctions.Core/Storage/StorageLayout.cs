using System.Text;

namespace RelationshipFunctions.Storage;

/// <summary>
/// Names and keys of everything the product stores. Every per-customer table is partitioned by a
/// shard derived from the customer id, and its row keys start with the customer id, so that:
/// a large ingest batch spreads over <see cref="ShardCount"/> partitions; rescoring runs one
/// independent job per shard; and one customer's rows are a row-key range inside one partition.
/// </summary>
public sealed class StorageLayout(string prefix)
{
    /// <summary>The number of shards. Changing it would move every row: it is part of the layout version.</summary>
    public const int ShardCount = 32;

    /// <summary>Separates the parts of a composite row key; never valid inside a customer id.</summary>
    public const char KeySeparator = '|';

    public string SignalsTable => prefix + "signals";
    public string CustomersTable => prefix + "customers";
    public string ScoreHistoryTable => prefix + "scorehistory";
    public string QuarantineTable => prefix + "quarantine";
    public string TierChangesTable => prefix + "tierchanges";
    public string RunsTable => prefix + "runs";
    public string OverridesTable => prefix + "overrides";
    public string SnapshotsContainer => prefix + "snapshots";
    public string SubscriptionsTable => prefix + "subscriptions";
    public string DeliveryLogTable => prefix + "deliverylog";
    public string DeadLettersTable => prefix + "deadletters";

    public IEnumerable<string> AllTables =>
    [
        SignalsTable, CustomersTable, ScoreHistoryTable, QuarantineTable, TierChangesTable, RunsTable,
        SubscriptionsTable, DeliveryLogTable, DeadLettersTable, OverridesTable,
    ];

    /// <summary>The shard of a customer: FNV-1a over the UTF-8 id, stable across processes and versions.</summary>
    public static int ShardOf(string customerId)
    {
        var hash = 2166136261u;
        Span<byte> buffer = stackalloc byte[Encoding.UTF8.GetMaxByteCount(customerId.Length)];
        var length = Encoding.UTF8.GetBytes(customerId, buffer);
        foreach (var b in buffer[..length])
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % ShardCount);
    }

    public static string PartitionOf(string customerId) => ShardPartition(ShardOf(customerId));

    public static string ShardPartition(int shard) => "s" + shard.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The lowest and the first-past-the-end row key of one customer's rows in a shard.</summary>
    public static (string From, string To) CustomerRange(string customerId) =>
        (customerId + KeySeparator, customerId + (char)(KeySeparator + 1));
}
