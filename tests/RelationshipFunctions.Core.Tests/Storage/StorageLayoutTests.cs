using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Tests.Unit.Storage;

public sealed class StorageLayoutTests
{
    // FNV-1a of "" is 0x811C9DC5 and of "a" is 0xE40C292C; the shard is the hash modulo 32.
    [Theory]
    [InlineData("", 5)]
    [InlineData("a", 12)]
    public void ShardOf_KnownIds_MatchesFnv1a(string customerId, int expected)
    {
        var shard = StorageLayout.ShardOf(customerId);

        Assert.Equal(expected, shard);
    }

    [Fact]
    public void ShardOf_SameId_IsAlwaysTheSame()
    {
        var first = StorageLayout.ShardOf("jane.doe+shop@example.com");

        var again = StorageLayout.ShardOf(new string("jane.doe+shop@example.com".ToCharArray()));

        Assert.Equal(first, again);
    }

    [Fact]
    public void ShardOf_ManyIds_StayInRangeAndUseEveryShard()
    {
        var shards = Enumerable.Range(0, 5000).Select(i => StorageLayout.ShardOf("customer-" + i)).ToList();

        Assert.All(shards, shard => Assert.InRange(shard, 0, StorageLayout.ShardCount - 1));
        Assert.Equal(StorageLayout.ShardCount, shards.Distinct().Count());
    }

    [Fact]
    public void ShardOf_LongAndNonAsciiIds_StayInRange()
    {
        string[] ids = [new string('x', 10_000), "caf\u00e9", "\ud83d\ude00", "\ud800"];

        var shards = ids.Select(StorageLayout.ShardOf);

        Assert.All(shards, shard => Assert.InRange(shard, 0, StorageLayout.ShardCount - 1));
    }

    [Theory]
    [InlineData(0, "s00")]
    [InlineData(7, "s07")]
    [InlineData(31, "s31")]
    public void ShardPartition_Shard_IsTwoDigitName(int shard, string expected)
    {
        var partition = StorageLayout.ShardPartition(shard);

        Assert.Equal(expected, partition);
    }

    [Fact]
    public void PartitionOf_CustomerId_IsThePartitionOfItsShard()
    {
        var partition = StorageLayout.PartitionOf("a");

        Assert.Equal("s12", partition);
    }

    [Fact]
    public void CustomerRange_Customer_CoversItsRowsOnly()
    {
        string[] inside = ["c-1|shop|1", "c-1|~"];
        string[] outside = ["c-10|shop|1", "c-1", "c-2|shop|1", "c-0|zz"];

        var (from, to) = StorageLayout.CustomerRange("c-1");

        bool InRange(string key) => string.CompareOrdinal(key, from) >= 0 && string.CompareOrdinal(key, to) < 0;
        Assert.All(inside, key => Assert.True(InRange(key)));
        Assert.All(outside, key => Assert.False(InRange(key)));
    }

    [Fact]
    public void Names_Prefix_IsPrependedToEveryTableAndContainer()
    {
        var layout = new StorageLayout("t1");

        var names = layout.AllTables.Append(layout.SnapshotsContainer).ToList();

        Assert.Equal(11, names.Distinct().Count());
        Assert.All(names, name => Assert.StartsWith("t1", name, StringComparison.Ordinal));
    }
}
