using System.Net;
using Microsoft.Extensions.Options;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// Refuses target URLs that are not https (outside local development) or that resolve to private,
/// loopback, link-local or metadata addresses. Used when a subscription is saved and again on every
/// connection, since a name's addresses can change in between.
/// </summary>
public sealed class TargetUrlGuard(IHostResolver resolver, IOptions<WebhookOptions> options)
{
    /// <summary>Why the URL is refused, or null when it may be used.</summary>
    public async Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!url.IsAbsoluteUri)
        {
            return "The target URL must be absolute.";
        }

        var httpAllowed = !options.Value.RequireHttps && url.Scheme == Uri.UriSchemeHttp;
        if (url.Scheme != Uri.UriSchemeHttps && !httpAllowed)
        {
            return "The target URL must use https.";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "The target URL must not carry credentials.";
        }

        try
        {
            await AddressOfAsync(url.DnsSafeHost, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (TargetRefusedException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>The address to connect to; every address of the host must be allowed, else this throws.</summary>
    public async Task<IPAddress> AddressOfAsync(string host, CancellationToken cancellationToken)
    {
        var bare = host.Trim('[', ']');
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(bare, out var literal)
                ? [literal]
                : await resolver.ResolveAsync(bare, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Net.Sockets.SocketException)
        {
            throw new TargetRefusedException("The target host does not resolve.");
        }

        if (addresses.Length == 0)
        {
            throw new TargetRefusedException("The target host does not resolve.");
        }

        foreach (var address in addresses)
        {
            if (AddressPolicy.Refusal(address, options.Value.AllowLoopback) is { } kind)
            {
                throw new TargetRefusedException($"The target URL leads to {kind}, which webhooks may not reach.");
            }
        }

        return addresses[0];
    }
}
