using System.Net;
using System.Net.Sockets;

namespace RelationshipFunctions.Delivery;

/// <summary>Which addresses a webhook may reach: public unicast only, loopback when local development allows it.</summary>
public static class AddressPolicy
{
    /// <summary>What kind of forbidden address this is, or null when a webhook may reach it.</summary>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback ? null : "a loopback address";
        }

        return address.AddressFamily == AddressFamily.InterNetwork ? RefusalV4(address.GetAddressBytes()) : RefusalV6(address);
    }

    private static string? RefusalV4(byte[] b) => b switch
    {
        [0, ..] => "an unspecified address",
        [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] => "a private address",
        [100, >= 64 and <= 127, ..] => "a shared (carrier-grade NAT) address",
        [169, 254, ..] => "a link-local or cloud metadata address",
        [168, 63, 129, 16] => "a cloud platform address",
        [192, 0, 0, _] or [198, 18 or 19, ..] => "a reserved address",
        [>= 224, ..] => "a multicast or reserved address",
        _ => null,
    };

    private static string? RefusalV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return "an unspecified address";
        }

        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "a link-local address";
        }

        if (address.IsIPv6UniqueLocal)
        {
            return "a private address";
        }

        return address.IsIPv6Multicast ? "a multicast address" : null;
    }
}
