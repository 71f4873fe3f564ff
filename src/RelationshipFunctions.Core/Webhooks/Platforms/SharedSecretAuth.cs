namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>
/// For platforms that sign nothing (Postmark, Brevo, Freshdesk): the delivery carries a configured secret,
/// as Basic credentials <c>user:password</c> in the URL or the Authorization header, as a Bearer token, or in
/// the <c>X-Webhook-Secret</c> header. Compared in constant time with every active secret.
/// </summary>
internal static class SharedSecretAuth
{
    public const string Header = "X-Webhook-Secret";

    public static AuthResult Check(WebhookRequest request, WebhookSettings settings)
    {
        var authorization = request.Header("Authorization");
        var basic = Signatures.BasicCredentials(authorization);
        var bearer = authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization[7..].Trim()
            : null;
        var header = request.Header(Header);
        if (basic is null && bearer is null && header is null)
        {
            return AuthResult.Missing("secret");
        }

        var matched = false;
        foreach (var presented in new[] { basic, bearer, header })
        {
            matched |= presented is not null && Signatures.SecretMatches(settings.Secrets, presented);
        }

        return matched ? AuthResult.Valid : AuthResult.Invalid("secret");
    }
}
