using System.Security.Cryptography;
using System.Text;

namespace RelationshipFunctions.Webhooks;

/// <summary>Signature checks in constant time, against every active secret.</summary>
public static class Signatures
{
    /// <summary>True when <paramref name="presented"/> equals the HMAC of <paramref name="data"/> under any of the secrets.</summary>
    public static bool HmacMatches(
        HashAlgorithmName algorithm,
        IReadOnlyList<string> secrets,
        ReadOnlySpan<byte> data,
        ReadOnlySpan<byte> presented)
    {
        var matched = false;
        foreach (var secret in secrets)
        {
            var mac = Hmac(algorithm, Encoding.UTF8.GetBytes(secret), data);
            matched |= CryptographicOperations.FixedTimeEquals(mac, presented);
        }

        return matched;
    }

    public static byte[] Hmac(HashAlgorithmName algorithm, byte[] key, ReadOnlySpan<byte> data)
    {
        if (algorithm == HashAlgorithmName.SHA1)
        {
#pragma warning disable CA5350 // The platforms (Mandrill, Intercom, Help Scout) sign with HMAC-SHA1; we only verify.
            return HMACSHA1.HashData(key, data);
#pragma warning restore CA5350
        }

        return algorithm == HashAlgorithmName.SHA256
            ? HMACSHA256.HashData(key, data)
            : throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm.Name, "Only SHA-1 and SHA-256 HMACs are used.");
    }

    /// <summary>True when the presented text equals one of the secrets (for platforms that send a shared secret).</summary>
    public static bool SecretMatches(IReadOnlyList<string> secrets, string? presented)
    {
        if (presented is null)
        {
            return false;
        }

        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var matched = false;
        foreach (var secret in secrets)
        {
            // Hash both sides so the comparison time depends on neither length.
            matched |= CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), presentedHash);
        }

        return matched;
    }

    public static byte[]? FromHex(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length % 2 != 0)
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(text.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static byte[]? FromBase64(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>The credentials of a Basic Authorization header as "user:password", or null.</summary>
    public static string? BasicCredentials(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var bytes = FromBase64(authorization[6..].Trim());
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>True when a timestamp lies within the tolerance of now, either side.</summary>
    public static bool Fresh(DateTimeOffset timestamp, DateTimeOffset now, TimeSpan tolerance) =>
        (now - timestamp).Duration() <= tolerance;
}
