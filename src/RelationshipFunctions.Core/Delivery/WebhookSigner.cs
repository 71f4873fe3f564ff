using System.Security.Cryptography;
using System.Text;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// Standard Webhooks signing: the secret is <c>whsec_</c> followed by base64 key bytes, and the signature
/// is <c>v1,</c> followed by the base64 HMAC-SHA256 of <c>{id}.{unix seconds}.{body}</c>.
/// </summary>
public static class WebhookSigner
{
    public const string SecretPrefix = "whsec_";

    /// <summary>The number of random key bytes in a new secret.</summary>
    public const int KeyBytes = 32;

    /// <summary>A new random secret in the <c>whsec_</c> form.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>The <c>webhook-signature</c> header value for one delivery.</summary>
    public static string Sign(string secret, string messageId, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        var prefix = Encoding.UTF8.GetBytes(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{messageId}.{unixSeconds}."));
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
