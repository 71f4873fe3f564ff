using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Webhooks;

/// <summary>
/// Turns what a platform says about a person into the product's customer id. An email is trimmed and
/// case-folded, then pseudonymised as <c>e:</c> + the first 32 hex digits of HMAC-SHA256 under
/// <c>Identity__PseudonymKey</c>, so that the same address from any platform (or from <c>/api/signals</c>
/// producers that pseudonymise the same way) is the same customer and no address is stored. A platform user
/// id becomes <c>{prefix}:{id}</c>.
/// </summary>
public sealed class CustomerIdentity
{
    public const string KeySetting = "Identity:PseudonymKey";

    private readonly byte[]? _key;

    public CustomerIdentity(IConfiguration configuration)
        : this(configuration[KeySetting])
    {
    }

    public CustomerIdentity(string? key)
    {
        _key = string.IsNullOrEmpty(key) ? null : Encoding.UTF8.GetBytes(key);
    }

    /// <summary>False when no pseudonym key is configured: no email can be matched.</summary>
    public bool IsConfigured => _key is not null;

    /// <summary>The normalised form of an address, or null when it is not one.</summary>
    public static string? NormalizeEmail(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var trimmed = email.Trim();
        if (trimmed.StartsWith('<') && trimmed.EndsWith('>'))
        {
            trimmed = trimmed[1..^1].Trim();
        }

        var normalized = trimmed.ToLowerInvariant();
        var at = normalized.IndexOf('@', StringComparison.Ordinal);
        var valid = normalized.Length is > 2 and <= 320
            && at > 0
            && at == normalized.LastIndexOf('@')
            && at < normalized.Length - 1
            && normalized[(at + 1)..].Contains('.', StringComparison.Ordinal)
            && !normalized.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>');
        return valid ? normalized : null;
    }

    /// <summary>
    /// True for addresses at the domains reserved for examples and tests (RFC 2606, RFC 6761):
    /// platforms' test deliveries use them, and no real customer has one.
    /// </summary>
    public static bool IsReservedTestAddress(string normalizedEmail)
    {
        var domain = normalizedEmail[(normalizedEmail.IndexOf('@', StringComparison.Ordinal) + 1)..];
        return domain is "example.com" or "example.net" or "example.org"
            || domain.EndsWith(".example.com", StringComparison.Ordinal)
            || domain.EndsWith(".test", StringComparison.Ordinal)
            || domain.EndsWith(".example", StringComparison.Ordinal)
            || domain.EndsWith(".invalid", StringComparison.Ordinal)
            || domain.EndsWith(".localhost", StringComparison.Ordinal);
    }

    /// <summary>The customer id of a normalised email.</summary>
    public string ForEmail(string normalizedEmail)
    {
        if (_key is null)
        {
            throw new InvalidOperationException($"{KeySetting} is not configured.");
        }

        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalizedEmail));
        return "e:" + Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    /// <summary>The customer id of a platform's user id: <c>{prefix}:{id}</c>, hashed when the id has characters a customer id cannot hold.</summary>
    public static string? ForPlatformUser(string prefix, string? userId)
    {
        var id = userId?.Trim();
        if (string.IsNullOrEmpty(id) || id is "0" or "null")
        {
            return null;
        }

        var candidate = prefix + ":" + id;
        return candidate.Length <= SignalLimits.MaxCustomerIdLength && candidate.All(SignalValidator.IsIdChar)
            ? candidate
            : prefix + ":~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 16));
    }
}
