using RelationshipFunctions.Import;

namespace RelationshipFunctions.Tests.Unit.Import;

public sealed class CsvRecordReaderTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("\"a,b\",c", new[] { "a,b", "c" })]
    [InlineData("\"say \"\"hi\"\"\",x", new[] { "say \"hi\"", "x" })]
    [InlineData("\"\",,", new[] { "", "", "" })]
    [InlineData("a\"b,c", new[] { "a\"b", "c" })]
    [InlineData(" \"a\" ,b", new[] { " \"a\" ", "b" })]
    [InlineData("\"a\"x,b", new[] { "ax", "b" })]
    [InlineData("\n", new[] { "" })]
    public async Task ReadAsync_Line_SplitsFieldsByRfc4180(string line, string[] expected)
    {
        var reader = new CsvRecordReader(new StringReader(line));

        var fields = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(expected, fields);
    }

    [Fact]
    public async Task ReadAsync_LineBreakInsideQuotes_KeepsItInTheField()
    {
        var reader = new CsvRecordReader(new StringReader("id,note\r\n1,\"first line\r\nsecond, line\"\r\n2,plain\r\n"));

        var header = await reader.ReadAsync(CancellationToken.None);
        var first = await reader.ReadAsync(CancellationToken.None);
        var firstLine = reader.RecordLine;
        var second = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(["id", "note"], header);
        Assert.Equal(["1", "first line\nsecond, line"], first);
        Assert.Equal(2, firstLine);
        Assert.Equal(["2", "plain"], second);
        Assert.Equal(4, reader.RecordLine);
        Assert.Null(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_OtherDelimiter_SplitsOnItOnly()
    {
        var reader = new CsvRecordReader(new StringReader("a;b,c;\"d;e\""), ';');

        var fields = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(["a", "b,c", "d;e"], fields);
    }

    [Fact]
    public async Task ReadAsync_UnclosedQuote_ThrowsNamingTheLine()
    {
        var reader = new CsvRecordReader(new StringReader("a,b\n1,\"never closed\n2,x\n"));
        await reader.ReadAsync(CancellationToken.None);

        var ex = await Assert.ThrowsAsync<FormatException>(() => reader.ReadAsync(CancellationToken.None));

        Assert.StartsWith("Line 2:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EmptyInput_ReturnsNull()
    {
        var reader = new CsvRecordReader(new StringReader(string.Empty));

        var fields = await reader.ReadAsync(CancellationToken.None);

        Assert.Null(fields);
    }
}
