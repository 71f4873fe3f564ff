using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using RelationshipFunctions.Functions.Delivery;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

[Collection(AzuriteGroup.Name)]
public sealed class SubscriptionsFunctionTests(AzuriteFixture azurite)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task CollectionAsync_Create_ShowsTheSecretOnceAndNeverAgain()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var function = Function(harness);

        var created = await function.CollectionAsync(
            Request("POST", """{"url":"http://127.0.0.1:9/hook","eventTypes":["customer.tier_changed"]}"""), CancellationToken.None);

        var answer = Assert.IsType<ObjectResult>(created);
        Assert.Equal(201, answer.StatusCode);
        var secret = Assert.IsType<SecretView>(answer.Value);
        Assert.StartsWith("whsec_", secret.Secret, StringComparison.Ordinal);
        var item = await function.ItemAsync(Request("GET"), secret.Subscription.Id, CancellationToken.None);
        var list = await function.CollectionAsync(Request("GET"), CancellationToken.None);
        foreach (var shown in new[] { item, list }.Select(result => JsonSerializer.Serialize(Assert.IsType<OkObjectResult>(result).Value, Json)))
        {
            Assert.Contains(secret.Subscription.Id, shown, StringComparison.Ordinal);
            Assert.DoesNotContain("whsec_", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", shown, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("""{"url":"https://10.0.0.1/hook","eventTypes":["customer.tier_changed"]}""", 422)]
    [InlineData("""{"url":"https://169.254.169.254/","eventTypes":["customer.tier_changed"]}""", 422)]
    [InlineData("""{"url":"http://127.0.0.1:9/hook"}""", 422)]
    [InlineData("""{"url":""", 400)]
    public async Task CollectionAsync_BadSubscription_AnswersProblemDetails(string body, int status)
    {
        await using var harness = WebhookHarness.Create(azurite);

        var result = await Function(harness).CollectionAsync(Request("POST", body), CancellationToken.None);

        var answer = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, answer.StatusCode);
        Assert.IsType<ProblemDetails>(answer.Value);
    }

    [Fact]
    public async Task RunAsync_DeliveriesAfterAFailure_ShowsTheAttemptAndDisableIsVisible()
    {
        await using var harness = WebhookHarness.Create(azurite);
        var subscription = await harness.SubscribeAsync("http://127.0.0.1:9/closed");
        await harness.Services.GetRequiredService<WebhookDeliveryService>().DeliverAsync(
            new WebhookDelivery(subscription.RowKey, Notifications.TierChangeDeliveryFunctionTests.Change(), 1), CancellationToken.None);
        var operations = new SubscriptionOperationsFunction(
            harness.Services.GetRequiredService<SubscriptionService>(),
            harness.Services.GetRequiredService<SubscriptionStore>(),
            harness.Services.GetRequiredService<DeliveryLogStore>(),
            harness.Services.GetRequiredService<WebhookReplay>());

        var disabled = await operations.RunAsync(Request("POST"), subscription.RowKey, "disable", CancellationToken.None);
        var log = await operations.RunAsync(Request("GET"), subscription.RowKey, "deliveries", CancellationToken.None);

        Assert.False(Assert.IsType<SubscriptionView>(Assert.IsType<OkObjectResult>(disabled).Value).Enabled);
        var view = Assert.IsType<DeliveryLogView>(Assert.IsType<OkObjectResult>(log).Value);
        Assert.False(view.Subscription.Enabled);
        var attempt = Assert.Single(view.Attempts);
        Assert.Equal(("retrying", null, 1), (attempt.Outcome, attempt.StatusCode, attempt.Attempt));
        Assert.NotNull(attempt.NextAttemptAt);
    }

    private static SubscriptionsFunction Function(WebhookHarness harness) => new(
        harness.Services.GetRequiredService<SubscriptionService>(), harness.Services.GetRequiredService<SubscriptionStore>());

    private static HttpRequest Request(string method, string? body = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? string.Empty));
        return context.Request;
    }
}
