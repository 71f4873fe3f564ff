using Microsoft.Extensions.Configuration;

namespace RelationshipFunctions.Webhooks;

/// <summary>
/// One platform's settings, from the section <c>Webhooks:{Platform}</c> (environment variables
/// <c>Webhooks__{Platform}__...</c>): <c>Secrets__0</c>, <c>Secrets__1</c> ... (every entry is active, for
/// rotation), an optional <c>Url</c> (the public URL the platform signs, for Mandrill and HubSpot behind a
/// proxy) and an optional <c>ToleranceSeconds</c>.
/// </summary>
/// <param name="Secrets">The active secrets (for SendGrid: verification public keys).</param>
/// <param name="Url">The public URL the platform was given, if set.</param>
/// <param name="Tolerance">How far a signed timestamp may lie from now.</param>
public sealed record WebhookSettings(IReadOnlyList<string> Secrets, string? Url, TimeSpan Tolerance)
{
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    public static WebhookSettings From(IConfiguration configuration, string platformName)
    {
        var section = configuration.GetSection("Webhooks").GetSection(platformName);
        var secrets = section.GetSection("Secrets").GetChildren()
            .OrderBy(child => int.TryParse(child.Key, out var n) ? n : int.MaxValue)
            .Select(child => child.Value)
            .Where(value => !string.IsNullOrWhiteSpace(value))
            .Select(value => value!.Trim())
            .ToList();
        var tolerance = int.TryParse(section["ToleranceSeconds"], out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultTolerance;
        return new WebhookSettings(secrets, string.IsNullOrWhiteSpace(section["Url"]) ? null : section["Url"], tolerance);
    }
}
