using RelationshipFunctions.Ingest;
using RelationshipFunctions.Tests.Testing;

namespace RelationshipFunctions.Tests.Webhooks;

/// <summary>
/// Every platform through the real processor and Azurite: each mapped event type, valid / rotated / wrong /
/// missing signatures, stale timestamps, duplicates (also under a new id), out-of-order pairs, malformed
/// bodies, empty batches, one bad event beside good ones.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class WebhookPlatformTests(AzuriteFixture azurite)
{
    private const string Person = "odile.marchetti@quillfeather.biz";

    public static TheoryData<string> Platforms() => new(PlatformKit.All.Select(kit => kit.Platform));

    public static TheoryData<string> TimedPlatforms() => new(PlatformKit.All.Where(kit => kit.SignsTime).Select(kit => kit.Platform));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var kit in PlatformKit.All)
        {
            foreach (var eventCase in kit.Cases)
            {
                data.Add(kit.Platform, eventCase.Kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Process_EachEventKind_BecomesItsSignalOrIsIgnoredWithItsType(string platform, string kind)
    {
        var kit = PlatformKit.Get(platform);
        var expected = kit.Cases.Single(c => c.Kind == kind);
        await using var harness = new WebhookHarness(azurite, kit);
        var at = PlatformKit.Now.AddDays(-2);

        var result = await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson(kind, Person, at)]));

        Assert.Equal(1, result.Received);
        var signals = await harness.AllSignalsAsync();
        if (expected.SignalType is { } type)
        {
            Assert.Equal((1, 0, 0), (result.Accepted, result.Ignored, result.Quarantined));
            var signal = Assert.Single(signals);
            Assert.Equal(type, signal.Type);
            Assert.Equal(platform, signal.Source);
            Assert.True(PlatformKit.IsKnownType(signal.Type));
            Assert.InRange(signal.OccurredAt, at.AddSeconds(-1), at.AddSeconds(1));
            Assert.True(signal.CustomerId.StartsWith("e:", StringComparison.Ordinal) || platform is "hubspot" or "zendesk");
        }
        else
        {
            Assert.Equal((0, 1, 0), (result.Accepted, result.Ignored, result.Quarantined));
            Assert.Equal(1, result.IgnoredTypes[expected.IgnoredLabel!]);
            Assert.Empty(signals);
        }
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Process_ValidAndRotatedSecrets_AreBothAccepted(string platform)
    {
        var kit = PlatformKit.Get(platform);
        await using var harness = new WebhookHarness(azurite, kit);

        var first = await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson(kit.Pair.First, Person, PlatformKit.Now.AddHours(-3))]));
        var rotated = await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson(kit.Pair.Then, Person, PlatformKit.Now.AddHours(-2))], Signing.Rotated));

        Assert.Equal(1, first.Accepted);
        Assert.Equal(1, rotated.Accepted);
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Process_WrongOrMissingSignature_Answers401StoresNothingAndCountsTheReason(string platform)
    {
        var kit = PlatformKit.Get(platform);
        await using var harness = new WebhookHarness(azurite, kit);
        var events = new[] { kit.EventJson(kit.Pair.First, Person, PlatformKit.Now.AddHours(-3)) };

        var wrong = await harness.SendAsync(platform, kit.Deliver(events, Signing.Wrong));
        var missing = await harness.SendAsync(platform, kit.Deliver(events, Signing.Missing));

        Assert.Equal(401, wrong.Status);
        Assert.Equal(401, missing.Status);
        Assert.Null(wrong.Result);
        Assert.DoesNotContain(PlatformKit.Secret, wrong.ProblemDetail, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync());
        var reasons = harness.Metrics.AllRejections.Where(r => r.Key.Platform == platform).Select(r => r.Key.Reason).ToList();
        Assert.Contains(reasons, r => r.StartsWith("invalid_", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("missing_", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TimedPlatforms))]
    public async Task Process_StaleTimestamp_Answers401(string platform)
    {
        var kit = PlatformKit.Get(platform);
        await using var harness = new WebhookHarness(azurite, kit);

        var response = await harness.SendAsync(platform, kit.Deliver([kit.EventJson(kit.Pair.First, Person, PlatformKit.Now.AddHours(-3))], Signing.Stale));

        Assert.Equal(401, response.Status);
        Assert.Equal(1, harness.Metrics.Rejections(platform, "stale_timestamp"));
        Assert.Equal(0, await harness.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Process_DuplicateDeliveryAndResendUnderNewId_AreCountedOnce(string platform)
    {
        var kit = PlatformKit.Get(platform);
        await using var harness = new WebhookHarness(azurite, kit);
        var at = PlatformKit.Now.AddHours(-5);

        var first = await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson(kit.Pair.First, Person, at)]));
        var again = await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson(kit.Pair.First, Person, at)]));
        var newId = await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson(kit.Pair.First, Person, at, id: "evt-resent-77")]));

        Assert.Equal((1, 0), (first.Accepted, first.Duplicates));
        Assert.Equal((0, 1), (again.Accepted, again.Duplicates));
        Assert.Equal((0, 1), (newId.Accepted, newId.Duplicates));
        Assert.Equal(1, await harness.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Process_OutOfOrderPair_GivesTheSameCustomerStateAsInOrder(string platform)
    {
        var kit = PlatformKit.Get(platform);
        var first = kit.EventJson(kit.Pair.First, Person, PlatformKit.Now.AddHours(-6));
        var then = kit.EventJson(kit.Pair.Then, Person, PlatformKit.Now.AddHours(-1));
        await using var inOrder = new WebhookHarness(azurite, kit);
        await using var reversed = new WebhookHarness(azurite, kit);

        await inOrder.SendOkAsync(kit, kit.Deliver([first]));
        await inOrder.SendOkAsync(kit, kit.Deliver([then]));
        await reversed.SendOkAsync(kit, kit.Deliver([then]));
        await reversed.SendOkAsync(kit, kit.Deliver([first]));

        var expected = await inOrder.AllSignalsAsync();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, await reversed.AllSignalsAsync(), SignalComparer.Instance);
        Assert.Equal(await inOrder.StatesAsync(), await reversed.StatesAsync());
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Process_MalformedBody_Answers400WithoutEchoingAndStoresNothing(string platform)
    {
        var kit = PlatformKit.Get(platform);
        await using var harness = new WebhookHarness(azurite, kit);

        var response = await harness.SendAsync(platform, kit.DeliverRaw(kit.MalformedBody));

        Assert.Equal(400, response.Status);
        Assert.NotNull(response.ProblemDetail);
        Assert.DoesNotContain(PlatformKit.Secret, response.ProblemDetail, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Process_EmptyBatch_Answers200WithNothingStored(string platform)
    {
        var kit = PlatformKit.Get(platform);
        await using var harness = new WebhookHarness(azurite, kit);

        var response = await harness.SendAsync(platform, kit.Deliver([]));

        // Mailgun posts exactly one event per request: a delivery without one is unreadable.
        Assert.Equal(platform == "mailgun" ? 400 : 200, response.Status);
        Assert.Equal(0, response.Result?.Received ?? 0);
        Assert.Equal(0, await harness.CountAsync());
    }

    /// <summary>Every platform with an event from the future (past the clock tolerance) and one dated 1970.</summary>
    public static TheoryData<string, bool> ImpossibleTimes()
    {
        var data = new TheoryData<string, bool>();
        foreach (var kit in PlatformKit.All)
        {
            data.Add(kit.Platform, true);
            data.Add(kit.Platform, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ImpossibleTimes))]
    public async Task Process_EventWithImpossibleTime_IsQuarantinedWhileItsNeighbourIsAccepted(string platform, bool future)
    {
        var kit = PlatformKit.Get(platform);
        await using var harness = new WebhookHarness(azurite, kit);
        var good = kit.EventJson(kit.Pair.First, Person, PlatformKit.Now.AddHours(-4));
        var badTime = future ? PlatformKit.Now.AddDays(3) : new DateTimeOffset(1970, 1, 1, 0, 0, 12, TimeSpan.Zero);
        var bad = kit.EventJson(kit.Pair.Then, "lucien.ferrand@quillfeather.biz", badTime);

        WebhookResultPair results = kit.Batches
            ? new(await harness.SendOkAsync(kit, kit.Deliver([good, bad])), null)
            : new(await harness.SendOkAsync(kit, kit.Deliver([good])), await harness.SendOkAsync(kit, kit.Deliver([bad])));

        Assert.Equal(1, results.Accepted);
        Assert.Equal(1, results.Quarantined);
        var row = Assert.Single(await harness.QuarantineAsync());
        Assert.Equal("webhook:" + platform, row.Channel);
        Assert.Equal("impossible_time", row.Reason);
        Assert.Equal(1, await harness.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Process_WrongContentType_Answers415(string platform)
    {
        var kit = PlatformKit.Get(platform);
        await using var harness = new WebhookHarness(azurite, kit);
        var request = kit.Deliver([kit.EventJson(kit.Pair.First, Person, PlatformKit.Now.AddHours(-4))]);
        request.ContentType = "text/plain";

        var response = await harness.SendAsync(platform, request);

        Assert.Equal(415, response.Status);
        Assert.Equal(1, harness.Metrics.Rejections(platform, "unsupported_content_type"));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Process_NoSecretConfigured_Answers503SoThePlatformRetries(string platform)
    {
        var kit = PlatformKit.Get(platform);
        await using var harness = new WebhookHarness(azurite, new BrevoKit().Platform == platform ? new PostmarkKit() : new BrevoKit());

        var response = await harness.SendAsync(platform, kit.Deliver([kit.EventJson(kit.Pair.First, Person, PlatformKit.Now.AddHours(-4))]));

        Assert.Equal(503, response.Status);
        Assert.Contains($"Webhooks__{kit.SettingsName}__Secrets__0", response.ProblemDetail, StringComparison.Ordinal);
    }

    private sealed record WebhookResultPair(RelationshipFunctions.Webhooks.WebhookResult First, RelationshipFunctions.Webhooks.WebhookResult? Second)
    {
        public int Accepted => First.Accepted + (Second?.Accepted ?? 0);

        public int Quarantined => First.Quarantined + (Second?.Quarantined ?? 0);
    }

    private sealed class SignalComparer : IEqualityComparer<Signal>
    {
        public static readonly SignalComparer Instance = new();

        public bool Equals(Signal? x, Signal? y) =>
            x is not null && y is not null && x.CustomerId == y.CustomerId && x.Type == y.Type && x.OccurredAt == y.OccurredAt
            && x.SourceEventId == y.SourceEventId && x.Value == y.Value && x.Attributes.Count == y.Attributes.Count;

        public int GetHashCode(Signal obj) => obj.SourceEventId.GetHashCode(StringComparison.Ordinal);
    }
}
