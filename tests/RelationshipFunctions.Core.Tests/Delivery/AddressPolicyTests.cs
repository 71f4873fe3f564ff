using System.Net;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("10.0.0.1", "a private address")]
    [InlineData("172.16.4.2", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local or cloud metadata address")]
    [InlineData("168.63.129.16", "a cloud platform address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fd00:ec2::254", "a private address")]
    [InlineData("::ffff:10.0.0.1", "a private address")]
    [InlineData("203.0.113.10", null)]
    [InlineData("2001:db8::1", null)]
    public void Refusal_Address_NamesWhatIsForbidden(string address, string? expected)
    {
        Assert.Equal(expected, AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void Refusal_LoopbackWhenAllowed_IsAccepted(string address)
    {
        Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: true));
    }
}
