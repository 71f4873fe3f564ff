using RelationshipFunctions.Import;

namespace RelationshipFunctions.Tests.Unit.Import;

public sealed class CsvMappingTests
{
    [Fact]
    public void Parse_FullMapping_ReadsEveryColumn()
    {
        const string Text = " customer = cust_id , date=Order Date,amount=total,id=order_id,category=cat ";

        var mapping = CsvMapping.Parse(Text, "dd/MM/yyyy", ';');

        Assert.Equal(new CsvMapping("cust_id", "Order Date", "total", "order_id", "cat", "dd/MM/yyyy", ';'), mapping);
    }

    [Fact]
    public void Parse_KeysInAnyCase_AreAccepted()
    {
        var mapping = CsvMapping.Parse("Customer=c,DATE=d,Amount=a");

        Assert.Equal(new CsvMapping("c", "d", "a"), mapping);
    }

    [Theory]
    [InlineData("date=d,amount=a", "customer")]
    [InlineData("customer=c,amount=a", "date")]
    [InlineData("customer=c,date=d", "amount")]
    [InlineData("customer=c,date=d,amount=a,colour=x", "colour")]
    [InlineData("customer=c,date=d,amount", "field=column")]
    [InlineData("customer=c,date=d,amount=", "field=column")]
    [InlineData("", "customer")]
    [InlineData("customer=c,date=d,amount=a,customer=x", "customer")]
    [InlineData("customer=c,date=d,amount=a,Customer=x", "customer")]
    public void Parse_BadMapping_ThrowsFormatExceptionNamingTheProblem(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => CsvMapping.Parse(text));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
