using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RelationshipFunctions.Tests.Delivery;

// The receiver's verification recipe exactly as docs/delivery.md shows it; ReceiverRecipeTests keeps the two equal.
// recipe:start
public static class WebhookVerifier
{
    public static bool Verify(
        string secret, string id, string timestamp, string signatures, byte[] body, DateTimeOffset now)
    {
        // Refuse stale or future deliveries: this stops an old, captured request being replayed.
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var signed = Encoding.UTF8.GetBytes($"{id}.{timestamp}.").Concat(body).ToArray();
        var expected = Encoding.ASCII.GetBytes(Convert.ToBase64String(HMACSHA256.HashData(key, signed)));

        // The header may hold several space-separated signatures, e.g. while a secret is being rotated.
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = candidate.Split(',', 2);
            if (parts is ["v1", var value]
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(value), expected))
            {
                return true;
            }
        }

        return false;
    }
}
// recipe:end
