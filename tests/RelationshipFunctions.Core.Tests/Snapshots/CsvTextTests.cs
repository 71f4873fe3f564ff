using RelationshipFunctions.Import;
using RelationshipFunctions.Snapshots;

namespace RelationshipFunctions.Tests.Unit.Snapshots;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("with space", "with space")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    public void Field_Value_IsQuotedOnlyWhenNeeded(string value, string expected)
    {
        var field = CsvText.Field(value);

        Assert.Equal(expected, field);
    }

    [Theory]
    [InlineData("a,\"b\"")]
    [InlineData("\"")]
    [InlineData("multi\nline, \"quoted\"")]
    public async Task Field_QuotedValue_ReadsBackUnchanged(string value)
    {
        var reader = new CsvRecordReader(new StringReader(CsvText.Field(value) + ",next"));

        var fields = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal([value, "next"], fields);
    }
}
