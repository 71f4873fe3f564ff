using RelationshipFunctions.Ingest;
using RelationshipFunctions.Storage;

namespace RelationshipFunctions.Tests.Unit.Storage;

public sealed class SignalRowTests
{
    [Theory]
    [InlineData("order-1")]
    [InlineData("A.b_c-d@e+f:g")]
    [InlineData("bWFpbA==")]
    public void RowKeyOf_KeySafeEventId_KeepsIt(string eventId)
    {
        var key = SignalRow.RowKeyOf(Signal(eventId));

        Assert.Equal($"c-1|shop|{eventId}", key);
    }

    [Theory]
    [InlineData("order/1")]
    [InlineData("order#1")]
    [InlineData("order?1")]
    [InlineData("order\\1")]
    [InlineData("order|1")]
    [InlineData("order 1")]
    [InlineData("~order")]
    public void RowKeyOf_UnsafeEventId_ReplacesItWithItsHash(string eventId)
    {
        var key = SignalRow.RowKeyOf(Signal(eventId));

        var eventKey = key["c-1|shop|".Length..];
        Assert.StartsWith("c-1|shop|~", key, StringComparison.Ordinal);
        Assert.Equal(65, eventKey.Length);
        Assert.True(eventKey[1..].All(Uri.IsHexDigit));
        Assert.DoesNotContain(eventId, key, StringComparison.Ordinal);
    }

    [Fact]
    public void RowKeyOf_SameUnsafeId_GivesTheSameKey()
    {
        var first = SignalRow.RowKeyOf(Signal("a/b"));

        var again = SignalRow.RowKeyOf(Signal("a/b"));

        Assert.Equal(first, again);
    }

    [Fact]
    public void RowKeyOf_DifferentUnsafeIds_GiveDifferentKeys()
    {
        var slash = SignalRow.RowKeyOf(Signal("a/b"));

        var hash = SignalRow.RowKeyOf(Signal("a#b"));

        Assert.NotEqual(slash, hash);
    }

    [Fact]
    public void RowKeyOf_HashedKey_IsTheSha256OfTheId()
    {
        var key = SignalRow.RowKeyOf(Signal("a/b"));

        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("a/b"u8));
        Assert.Equal("c-1|shop|~" + expected, key);
    }

    [Fact]
    public void From_Signal_RoundTripsThroughTheRow()
    {
        var signal = Signal("order/7") with { Attributes = new Dictionary<string, string> { ["category"] = "books" } };

        var row = SignalRow.From(signal, DateTimeOffset.UnixEpoch);

        Assert.Equal(StorageLayout.PartitionOf("c-1"), row.PartitionKey);
        var back = row.ToSignal();
        Assert.Equal((signal.CustomerId, signal.Type, signal.OccurredAt, signal.SourceEventId, signal.Value),
            (back.CustomerId, back.Type, back.OccurredAt, back.SourceEventId, back.Value));
        Assert.Equal("books", back.Attributes["category"]);
    }

    [Fact]
    public void From_SignalWithoutAttributes_StoresNull()
    {
        var row = SignalRow.From(Signal("o-1"), DateTimeOffset.UnixEpoch);

        Assert.Null(row.Attributes);
        Assert.Empty(row.ToSignal().Attributes);
    }

    private static Signal Signal(string eventId) => new(
        "c-1",
        SignalTypes.Purchase,
        new DateTimeOffset(2026, 11, 30, 14, 3, 0, TimeSpan.Zero),
        "shop",
        eventId,
        10,
        new Dictionary<string, string>());
}
