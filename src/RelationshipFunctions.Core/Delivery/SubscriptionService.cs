using System.Security.Cryptography;
using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Delivery;

/// <summary>
/// Creates and changes subscriptions: checks the target URL with <see cref="TargetUrlGuard"/>, the event types
/// and the filter; generates signing secrets. Invalid requests throw <see cref="SubscriptionRejectedException"/>.
/// </summary>
public sealed class SubscriptionService(SubscriptionStore store, TargetUrlGuard guard, ScoringModelProvider models, TimeProvider clock)
{
    /// <summary>Stores a new enabled subscription; its secret is in the returned row and is not shown again.</summary>
    public async Task<SubscriptionRow> CreateAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        if (request.Url is null || request.EventTypes is null)
        {
            throw new SubscriptionRejectedException("A subscription needs a url and at least one event type.");
        }

        var row = new SubscriptionRow
        {
            RowKey = "sub_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            Secret = WebhookSigner.NewSecret(),
            CreatedAt = clock.GetUtcNow(),
        };
        await ApplyAsync(row, request, cancellationToken).ConfigureAwait(false);
        await store.AddAsync(row, cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <summary>Changes the fields the request sets; null when there is no such subscription.</summary>
    public async Task<SubscriptionRow?> UpdateAsync(string id, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        await ApplyAsync(row, request, cancellationToken).ConfigureAwait(false);
        await store.SaveAsync(row, cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <summary>Replaces the signing secret; the returned row holds the new one, shown once.</summary>
    public Task<SubscriptionRow?> RotateSecretAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, row => row.Secret = WebhookSigner.NewSecret(), cancellationToken);

    public Task<SubscriptionRow?> DisableAsync(string id, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, row => (row.Enabled, row.DisabledReason, row.DisabledAt) = (false, reason, clock.GetUtcNow()), cancellationToken);

    private async Task<SubscriptionRow?> ChangeAsync(string id, Action<SubscriptionRow> change, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            change(row);
            await store.SaveAsync(row, cancellationToken).ConfigureAwait(false);
        }

        return row;
    }

    private async Task ApplyAsync(SubscriptionRow row, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        if (request.Url is { } url)
        {
            if (await guard.CheckAsync(url, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                throw new SubscriptionRejectedException(refusal);
            }

            row.Url = url.AbsoluteUri;
        }

        if (request.EventTypes is { } types)
        {
            var unknown = types.FirstOrDefault(type => !WebhookEventTypes.All.Contains(type));
            if (types.Count == 0 || unknown is not null)
            {
                throw new SubscriptionRejectedException(
                    $"eventTypes must name one or more of: {string.Join(", ", WebhookEventTypes.All.Order(StringComparer.Ordinal))}.");
            }

            row.EventTypes = string.Join(',', types.Distinct(StringComparer.Ordinal));
        }

        if (request.Filter is { } filter)
        {
            if (filter.Problem(models.Current.Tiers.Select(tier => tier.Name).ToList()) is { } problem)
            {
                throw new SubscriptionRejectedException(problem);
            }

            row.Filter = SubscriptionRow.FilterJson(filter);
        }

        if (request.Enabled is { } enabled)
        {
            (row.Enabled, row.FailingSince) = (enabled, null);
            row.DisabledReason = enabled ? null : "Disabled on request.";
            row.DisabledAt = enabled ? null : clock.GetUtcNow();
        }
    }
}
