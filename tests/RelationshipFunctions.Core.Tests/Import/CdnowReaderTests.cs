using RelationshipFunctions.Import;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Unit.Import;

[Collection(nameof(LocalTimeZoneTests))]
public sealed class CdnowReaderTests
{
    [Fact]
    public async Task ReadAsync_HeaderLine_IsSkippedButCounted()
    {
        var lines = await Read("customer_id date cds dollar_value\n00001 19970101 1 11.77\n");

        var line = Assert.Single(lines);
        Assert.Equal(2, line.Line);
        Assert.Equal("00001", line.Record?.CustomerId);
    }

    [Fact]
    public async Task ReadAsync_SampleLine_ReadsEveryColumn()
    {
        var lines = await Read("00007  19970312   3   44.97");

        var record = Assert.Single(lines).Record!;
        Assert.Equal(new DateTimeOffset(1997, 3, 12, 12, 0, 0, TimeSpan.Zero), record.OccurredAt);
        Assert.Equal(44.97, record.Amount);
        Assert.Equal("3", record.Attributes["quantity"]);
        Assert.Equal("00007-19970312-1", record.EventId);
    }

    [Fact]
    public async Task ReadAsync_OneTenthSampleLayout_SkipsTheSampleNumber()
    {
        var lines = await Read(" 00004 0001 19970118  2   29.73");

        var record = Assert.Single(lines).Record!;
        Assert.Equal("00004", record.CustomerId);
        Assert.Equal(new DateTimeOffset(1997, 1, 18, 12, 0, 0, TimeSpan.Zero), record.OccurredAt);
        Assert.Equal(29.73, record.Amount);
        Assert.Equal("2", record.Attributes["quantity"]);
    }

    [Fact]
    public async Task ReadAsync_SameDayRepeats_GetNumberedIds()
    {
        var lines = await Read("00001 19970101 1 11.77\n00002 19970101 1 5.00\n00001 19970101 2 20.00\n00001 19970102 1 9.99\n");

        Assert.Equal(
            ["00001-19970101-1", "00002-19970101-1", "00001-19970101-2", "00001-19970102-1"],
            lines.Select(line => line.Record?.EventId));
    }

    [Fact]
    public async Task ReadAsync_LongerFileWithTheSamePrefix_ReproducesTheIds()
    {
        const string First = "00001 19970101 1 11.77\n00001 19970101 2 20.00\n";
        var shorter = await Read(First);

        var longer = await Read(First + "00001 19970101 1 1.00\n00003 19970105 1 3.00\n");

        Assert.Equal(shorter.Select(line => line.Record?.EventId), longer.Take(2).Select(line => line.Record?.EventId));
        Assert.Equal("00001-19970101-3", longer[2].Record?.EventId);
    }

    [Theory]
    [InlineData("00001 19970101 1")]
    [InlineData("00001 19970101 1 11.77 extra")]
    [InlineData("00001 1997-01-01 1 11.77")]
    [InlineData("00001 19971301 1 11.77")]
    [InlineData("00001 19970101 one 11.77")]
    [InlineData("00001 19970101 1.5 11.77")]
    [InlineData("00001 19970101 1 $11.77")]
    [InlineData("00001 19970101 1 NaN")]
    [InlineData("00001 19970101 1 Infinity")]
    [InlineData("00001 19970101 1 1e400")]
    public async Task ReadAsync_MalformedLine_IsReportedWithItsNumber(string bad)
    {
        var lines = await Read($"00001 19970101 1 11.77\n{bad}\n00002 19970102 1 3.00\n");

        Assert.Equal([1, 2, 3], lines.Select(line => line.Line));
        Assert.Null(lines[1].Record);
        Assert.NotNull(lines[1].Error);
        Assert.NotNull(lines[2].Record);
    }

    [Fact]
    public async Task ReadAsync_BlankLines_AreSkippedButCounted()
    {
        var lines = await Read("\n00001 19970101 1 11.77\n   \n\n00002 19970102 1 3.00\n");

        Assert.Equal([2, 5], lines.Select(line => line.Line));
    }

    [Fact]
    public async Task ReadAsync_TextLineAfterTheFirst_IsAFailureNotAHeader()
    {
        var lines = await Read("00001 19970101 1 11.77\ncustomer_id date cds dollar_value\n");

        Assert.Equal(2, lines[1].Line);
        Assert.Null(lines[1].Record);
    }

    [Fact]
    public async Task ReadAsync_MachineWestOfUtc_KeepsTheFileDate()
    {
        var lines = await WestOfUtc.Run(() => Read("00001 19970101 1 11.77\n"));

        Assert.Equal(new DateTimeOffset(1997, 1, 1, 12, 0, 0, TimeSpan.Zero), Assert.Single(lines).Record?.OccurredAt);
    }

    private static async Task<List<ImportLine>> Read(string text)
    {
        using var reader = new StringReader(text);
        var lines = new List<ImportLine>();
        await foreach (var line in CdnowReader.ReadAsync(reader, CancellationToken.None))
        {
            lines.Add(line);
        }

        return lines;
    }
}
