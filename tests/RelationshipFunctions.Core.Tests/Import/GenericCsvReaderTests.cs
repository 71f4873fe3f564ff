using RelationshipFunctions.Import;

namespace RelationshipFunctions.Tests.Unit.Import;

public sealed class GenericCsvReaderTests
{
    private static readonly CsvMapping Mapping = new("customer", "date", "amount", "order", "category");

    [Fact]
    public async Task ReadAsync_QuotedFields_KeepCommasQuotesAndNewlines()
    {
        const string Csv = "customer,date,amount,order,category\n"
            + "c-1,2026-11-01,12.50,o-1,\"Books, \"\"rare\"\"\nand old\"\n"
            + "c-2,2026-11-02,3,o-2,music\n";

        var lines = await Read(Csv);

        Assert.Equal("Books, \"rare\"\nand old", lines[0].Record?.Attributes["category"]);
        Assert.Equal([2, 4], lines.Select(line => line.Line));
        Assert.Equal("c-2", lines[1].Record?.CustomerId);
    }

    [Fact]
    public async Task ReadAsync_GoodLine_MapsEveryColumn()
    {
        var lines = await Read("Order,Customer , DATE,amount,category\no-9, c-1 ,2026-11-01T08:15:00Z, 12.50 ,books\n");

        var record = Assert.Single(lines).Record!;
        Assert.Equal(("c-1", "o-9", 12.5), (record.CustomerId, record.EventId, record.Amount));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 15, 0, TimeSpan.Zero), record.OccurredAt);
    }

    [Fact]
    public async Task ReadAsync_DateWithoutTime_IsNoonUtc()
    {
        var lines = await Read("customer,date,amount\nc-1,2026-11-01,1\n", new CsvMapping("customer", "date", "amount"));

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero), Assert.Single(lines).Record?.OccurredAt);
    }

    [Fact]
    public async Task ReadAsync_DateFormat_IsUsedExactly()
    {
        var mapping = new CsvMapping("customer", "date", "amount", DateFormat: "dd/MM/yyyy");

        var lines = await Read("customer,date,amount\nc-1,02/11/2026,1\nc-1,2026-11-02,1\n", mapping);

        Assert.Equal(new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero), lines[0].Record?.OccurredAt);
        Assert.Equal((3, "Column 'date' is not a date in dd/MM/yyyy."), (lines[1].Line, lines[1].Error));
    }

    [Fact]
    public async Task ReadAsync_WithoutEventIdColumn_NumbersPurchasesPerCustomerAndDay()
    {
        var lines = await Read(
            "customer,date,amount\nc-1,2026-11-01,1\nc-1,2026-11-01T18:00:00Z,2\nc-2,2026-11-01,3\nc-1,2026-11-02,4\n",
            new CsvMapping("customer", "date", "amount"));

        Assert.Equal(
            ["c-1-20261101-1", "c-1-20261101-2", "c-2-20261101-1", "c-1-20261102-1"],
            lines.Select(line => line.Record?.EventId));
    }

    [Fact]
    public async Task ReadAsync_EmptyEventId_FallsBackToTheGeneratedId()
    {
        var lines = await Read("customer,date,amount,order,category\nc-1,2026-11-01,1, ,\n");

        var record = Assert.Single(lines).Record!;
        Assert.Equal("c-1-20261101-1", record.EventId);
        Assert.Empty(record.Attributes);
    }

    [Theory]
    [InlineData("customer,date,amount,order\nc-1,2026-11-01,1,o-1\n", "category")]
    [InlineData("customer,when,amount,order,category\nc-1,2026-11-01,1,o-1,x\n", "date")]
    [InlineData("cust,date,amount,order,category\n", "customer")]
    public async Task ReadAsync_HeaderMissingAMappedColumn_ThrowsFormatExceptionNamingIt(string csv, string column)
    {
        var ex = await Assert.ThrowsAsync<FormatException>(() => Read(csv));

        Assert.Contains($"'{column}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_ThrowsFormatException()
    {
        var ex = await Assert.ThrowsAsync<FormatException>(() => Read(string.Empty));

        Assert.Contains("header", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c-1,yesterday,1,o-1,x", "Column 'date' is not a date.")]
    [InlineData("c-1,2026-13-01,1,o-1,x", "Column 'date' is not a date.")]
    [InlineData("c-1,2026-11-01,12.5.0,o-1,x", "Column 'amount' is not a number.")]
    [InlineData("c-1,2026-11-01,,o-1,x", "Column 'amount' is not a number.")]
    [InlineData("c-1,2026-11-01,NaN,o-1,x", "Column 'amount' is not a number.")]
    [InlineData("c-1,2026-11-01,-Infinity,o-1,x", "Column 'amount' is not a number.")]
    [InlineData("c-1,2026-11-01,1e999,o-1,x", "Column 'amount' is not a number.")]
    [InlineData("c-1,2026-11-01,1", "Expected at least 5 fields, found 3.")]
    public async Task ReadAsync_BadLine_FailsOnlyThatLine(string bad, string expected)
    {
        var lines = await Read($"customer,date,amount,order,category\nc-1,2026-11-01,1,o-1,x\n{bad}\nc-2,2026-11-01,1,o-2,x\n");

        Assert.Equal([2, 3, 4], lines.Select(line => line.Line));
        Assert.Equal((null, expected), (lines[1].Record, lines[1].Error));
        Assert.NotNull(lines[2].Record);
    }

    [Fact]
    public async Task ReadAsync_BlankLines_AreSkipped()
    {
        var lines = await Read("customer,date,amount,order,category\n\nc-1,2026-11-01,1,o-1,x\n\n");

        Assert.Equal(3, Assert.Single(lines).Line);
    }

    [Fact]
    public async Task ReadAsync_SemicolonDelimiter_ReadsCommaDecimalsAsText()
    {
        var mapping = Mapping with { Delimiter = ';' };

        var lines = await Read("customer;date;amount;order;category\nc-1;2026-11-01;12.5;o-1;a,b\n", mapping);

        Assert.Equal("a,b", Assert.Single(lines).Record?.Attributes["category"]);
    }

    private static async Task<List<ImportLine>> Read(string csv, CsvMapping? mapping = null)
    {
        var lines = new List<ImportLine>();
        await foreach (var line in GenericCsvReader.ReadAsync(new StringReader(csv), mapping ?? Mapping, CancellationToken.None))
        {
            lines.Add(line);
        }

        return lines;
    }
}
