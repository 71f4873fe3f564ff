using System.Text;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Tests.Unit.Ingest;

public sealed class SignalParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("not json")]
    [InlineData("[{\"customerId\":")]
    [InlineData("[1,2]]")]
    [InlineData("")]
    [InlineData("{'customerId':'c-1'}")]
    [InlineData("[{},]")]
    [InlineData("[/* comment */{}]")]
    [InlineData("[{}] trailing")]
    public void Parse_JsonArrayBodyNotJson_ThrowsMalformed(string body)
    {
        var ex = Assert.Throws<BatchParseException>(() => Parse(body, BodyFormat.JsonArray));

        Assert.Equal(BatchParseFailure.Malformed, ex.Failure);
    }

    [Theory]
    [InlineData("\"purchase\"")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("null")]
    public void Parse_RootNeitherArrayNorObject_ThrowsMalformed(string body)
    {
        var ex = Assert.Throws<BatchParseException>(() => Parse(body, BodyFormat.JsonArray));

        Assert.Equal(BatchParseFailure.Malformed, ex.Failure);
        Assert.Contains("JSON array", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedBody_DoesNotEchoTheBody()
    {
        const string Body = "[{\"customerId\":\"secret@example.com\",";

        var ex = Assert.Throws<BatchParseException>(() => Parse(Body, BodyFormat.JsonArray));

        Assert.DoesNotContain("secret@example.com", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyArray_ReturnsNoItems()
    {
        var items = Parse("[]", BodyFormat.JsonArray);

        Assert.Empty(items);
    }

    [Fact]
    public void Parse_SingleObject_ReturnsOneItem()
    {
        var items = Parse(Signal("c-1", "e-1"), BodyFormat.JsonArray);

        Assert.True(Assert.Single(items).IsValid);
    }

    [Theory]
    [InlineData(BodyFormat.JsonArray)]
    [InlineData(BodyFormat.NdJson)]
    public void Parse_BodyStartingWithByteOrderMark_ReadsTheFirstItem(BodyFormat format)
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Signal("c-1", "e-1"))];

        var items = SignalParser.Parse(body, format, Now);

        Assert.True(Assert.Single(items).IsValid);
    }

    [Fact]
    public void Parse_ArrayWithBadItemsAmongGood_RejectsOnlyThoseAtTheirIndexes()
    {
        var body = $"[{Signal("c-1", "e-1")},42,{Signal("c/2", "e-2")},{Signal("c-3", "e-3")}]";

        var items = Parse(body, BodyFormat.JsonArray);

        Assert.Equal([0, 1, 2, 3], items.Select(item => item.Index));
        Assert.Equal([true, false, false, true], items.Select(item => item.IsValid));
        Assert.Equal(1, Assert.Single(items[1].Errors).Index);
        Assert.Equal(2, Assert.Single(items[2].Errors).Index);
    }

    [Fact]
    public void Parse_ArrayOfExactlyTheLimit_ReturnsEveryItem()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("{}", SignalLimits.MaxItemsPerBatch)) + "]";

        var items = Parse(body, BodyFormat.JsonArray);

        Assert.Equal(SignalLimits.MaxItemsPerBatch, items.Count);
    }

    [Fact]
    public void Parse_ArrayOverTheItemLimit_ThrowsTooLarge()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("{}", SignalLimits.MaxItemsPerBatch + 1)) + "]";

        var ex = Assert.Throws<BatchParseException>(() => Parse(body, BodyFormat.JsonArray));

        Assert.Equal(BatchParseFailure.TooLarge, ex.Failure);
    }

    [Theory]
    [InlineData(BodyFormat.JsonArray)]
    [InlineData(BodyFormat.NdJson)]
    public void Parse_BodyOverEightMebibytes_ThrowsTooLarge(BodyFormat format)
    {
        var body = new byte[SignalLimits.MaxBodyBytes + 1];
        Array.Fill(body, (byte)' ');

        var ex = Assert.Throws<BatchParseException>(() => SignalParser.Parse(body, format, Now));

        Assert.Equal(BatchParseFailure.TooLarge, ex.Failure);
    }

    [Fact]
    public void Parse_BodyOfExactlyEightMebibytes_IsNotRefusedForSize()
    {
        var body = new byte[SignalLimits.MaxBodyBytes];
        Array.Fill(body, (byte)' ');
        body[0] = (byte)'[';
        body[^1] = (byte)']';

        var items = SignalParser.Parse(body, BodyFormat.JsonArray, Now);

        Assert.Empty(items);
    }

    [Fact]
    public void Parse_ArrayNestedDeeperThanTheLimit_ThrowsMalformed()
    {
        var body = "[" + new string('[', 40) + new string(']', 40) + "]";

        var ex = Assert.Throws<BatchParseException>(() => Parse(body, BodyFormat.JsonArray));

        Assert.Equal(BatchParseFailure.Malformed, ex.Failure);
    }

    [Fact]
    public void Parse_NdJsonWithBadLineAmongGood_RejectsOnlyThatLine()
    {
        var body = $"{Signal("c-1", "e-1")}\n{{not json\n{Signal("c-3", "e-3")}\n";

        var items = Parse(body, BodyFormat.NdJson);

        Assert.Equal([true, false, true], items.Select(item => item.IsValid));
        var error = Assert.Single(items[1].Errors);
        Assert.Equal(1, error.Index);
        Assert.Equal("$", error.Field);
        Assert.Equal(2, items[2].Index);
    }

    [Fact]
    public void Parse_NdJsonLineInvalidAsSignal_ReportsItsFieldsAtItsIndex()
    {
        var body = $"{Signal("c-1", "e-1")}\n{Signal("c#2", "e-2")}";

        var items = Parse(body, BodyFormat.NdJson);

        var error = Assert.Single(items[1].Errors);
        Assert.Equal((1, "customerId"), (error.Index, error.Field));
    }

    [Fact]
    public void Parse_NdJsonWithCrlfAndBlankLines_SkipsBlankLines()
    {
        var body = $"\r\n{Signal("c-1", "e-1")}\r\n\r\n  \t\r\n{Signal("c-2", "e-2")}\r\n\r\n";

        var items = Parse(body, BodyFormat.NdJson);

        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.True(item.IsValid));
        Assert.Equal([0, 1], items.Select(item => item.Index));
    }

    [Fact]
    public void Parse_NdJsonBadLineAfterBlankLines_IsIndexedAmongItemsOnly()
    {
        var body = $"\n{Signal("c-1", "e-1")}\n\n\n[oops\n{Signal("c-3", "e-3")}";

        var items = Parse(body, BodyFormat.NdJson);

        Assert.Equal(3, items.Count);
        Assert.Equal(1, Assert.Single(items[1].Errors).Index);
    }

    [Fact]
    public void Parse_NdJsonWithoutTrailingNewline_ReadsTheLastLine()
    {
        var body = $"{Signal("c-1", "e-1")}\n{Signal("c-2", "e-2")}";

        var items = Parse(body, BodyFormat.NdJson);

        Assert.Equal(["c-1", "c-2"], items.Select(item => item.Signal?.CustomerId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n   \n")]
    public void Parse_NdJsonOnlyBlank_ReturnsNoItems(string body)
    {
        var items = Parse(body, BodyFormat.NdJson);

        Assert.Empty(items);
    }

    [Theory]
    [InlineData("[{}]")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    public void Parse_NdJsonLineNotAnObject_RejectsOnlyThatLine(string line)
    {
        var items = Parse($"{Signal("c-1", "e-1")}\n{line}", BodyFormat.NdJson);

        Assert.True(items[0].IsValid);
        Assert.Equal("$", Assert.Single(items[1].Errors).Field);
    }

    [Fact]
    public void Parse_NdJsonLineTooDeep_RejectsOnlyThatLine()
    {
        var deep = "{\"attributes\":" + new string('[', 40) + new string(']', 40) + "}";

        var items = Parse($"{deep}\n{Signal("c-1", "e-1")}", BodyFormat.NdJson);

        Assert.Equal([false, true], items.Select(item => item.IsValid));
    }

    [Fact]
    public void Parse_NdJsonOfExactlyTheLimit_ReturnsEveryLine()
    {
        var body = string.Join("\n", Enumerable.Repeat("{}", SignalLimits.MaxItemsPerBatch)) + "\n\n";

        var items = Parse(body, BodyFormat.NdJson);

        Assert.Equal(SignalLimits.MaxItemsPerBatch, items.Count);
    }

    [Fact]
    public void Parse_NdJsonOverTheLineLimit_ThrowsTooLarge()
    {
        var body = string.Join("\n", Enumerable.Repeat("{}", SignalLimits.MaxItemsPerBatch + 1));

        var ex = Assert.Throws<BatchParseException>(() => Parse(body, BodyFormat.NdJson));

        Assert.Equal(BatchParseFailure.TooLarge, ex.Failure);
    }

    [Fact]
    public void Parse_NdJsonWithInvalidUtf8Line_RejectsOnlyThatLine()
    {
        var good = Encoding.UTF8.GetBytes(Signal("c-1", "e-1") + "\n");
        var bad = "{\"customerId\":\""u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).Concat("\"}\n"u8.ToArray());

        var items = SignalParser.Parse(good.Concat(bad).ToArray(), BodyFormat.NdJson, Now);

        Assert.Equal([true, false], items.Select(item => item.IsValid));
    }

    [Fact]
    public void Parse_ArrayItemWithUnpairedSurrogate_RejectsOnlyThatItem()
    {
        var body = $"[{Signal("c-1", "e-1")},{Signal("c\\ud800", "e-2")}]";

        var items = Parse(body, BodyFormat.JsonArray);

        Assert.Equal([true, false], items.Select(item => item.IsValid));
        Assert.Equal(1, Assert.Single(items[1].Errors).Index);
    }

    private static IReadOnlyList<ParsedItem> Parse(string body, BodyFormat format) =>
        SignalParser.Parse(Encoding.UTF8.GetBytes(body), format, Now);

    private static string Signal(string customerId, string eventId) =>
        $$"""{"customerId":"{{customerId}}","type":"purchase","occurredAt":"2026-11-30T14:03:00Z","source":"shop","sourceEventId":"{{eventId}}","value":10}""";
}
