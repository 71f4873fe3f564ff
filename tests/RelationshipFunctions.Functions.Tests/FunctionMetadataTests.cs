using System.Text.Json;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests;

/// <summary>
/// The host indexes the functions from functions.metadata (the metadata source generator is off, see the
/// Functions project file). This pins every function's trigger and bindings as the host will see them.
/// </summary>
public sealed class FunctionMetadataTests
{
    [Theory]
    [InlineData("Signals", "httpTrigger", "route", "signals")]
    [InlineData("CustomerScore", "httpTrigger", "route", "customers/{customerId}/score")]
    [InlineData("Webhook", "httpTrigger", "route", "webhooks/{platform}")]
    [InlineData("LatestSnapshot", "httpTrigger", "route", "snapshots/latest")]
    [InlineData("SnapshotFile", "httpTrigger", "route", "snapshots/latest/files/{name}")]
    [InlineData("SnapshotChanges", "httpTrigger", "route", "snapshots/latest/changes")]
    [InlineData("SignalsQueue", "serviceBusTrigger", "queueName", "signals")]
    [InlineData("TierChangeDelivery", "serviceBusTrigger", "queueName", "tier-changes")]
    [InlineData("NightlyRescore", "timerTrigger", "schedule", "%NightlyRescoreSchedule%")]
    [InlineData("Subscriptions", "httpTrigger", "route", "subscriptions")]
    [InlineData("Subscription", "httpTrigger", "route", "subscriptions/{id}")]
    [InlineData("SubscriptionOperation", "httpTrigger", "route", "subscriptions/{id}/{operation}")]
    public void Metadata_EveryFunction_HasItsTriggerAndBindings(string function, string trigger, string property, string expected)
    {
        var functions = Load();

        var entry = functions.Single(f => f.GetProperty("name").GetString() == function);
        var bindings = entry.GetProperty("bindings").EnumerateArray().ToList();
        var triggerBinding = Assert.Single(bindings, b => b.GetProperty("type").GetString() == trigger);
        Assert.Equal(expected, triggerBinding.GetProperty(property).GetString());
        Assert.Equal("In", triggerBinding.GetProperty("direction").GetString());
        if (trigger == "serviceBusTrigger")
        {
            Assert.Equal("ServiceBusConnection", triggerBinding.GetProperty("connection").GetString());
        }

        if (trigger == "httpTrigger")
        {
            Assert.Contains(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "Out");
            Assert.Equal("Function", triggerBinding.GetProperty("authLevel").GetString());
        }
    }

    [Fact]
    public void Metadata_ListsExactlyTheProductsFunctions()
    {
        var names = Load().Select(f => f.GetProperty("name").GetString()).Order();

        Assert.Equal([
            "CustomerScore", "LatestSnapshot", "NightlyRescore", "Signals", "SignalsQueue", "SnapshotChanges", "SnapshotFile",
            "Subscription", "SubscriptionOperation", "Subscriptions", "TierChangeDelivery", "Webhook",
        ], names);
    }

    private static List<JsonElement> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"functions.metadata was not built next to the tests ({path}).");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
