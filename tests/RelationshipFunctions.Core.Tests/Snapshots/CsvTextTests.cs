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

    [Theory]
    [InlineData("C-1001", "C-1001")]
    [InlineData("+44-20-7946", "+44-20-7946")]
    [InlineData("-12", "-12")]
    [InlineData("@handle", "@handle")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("-2+3(", "'-2+3(")]
    public void Text_FormulaLikeCell_IsPrefixedUnlessItIsAPlainId(string value, string expected)
    {
        var cell = CsvText.Text(value);

        Assert.Equal(expected, cell);
    }
}
