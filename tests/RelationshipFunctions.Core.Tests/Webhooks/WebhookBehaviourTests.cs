using System.Security.Cryptography;
using System.Text;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Webhooks;
using RelationshipFunctions.Webhooks.Platforms;

namespace RelationshipFunctions.Tests.Webhooks;

/// <summary>Test and ping deliveries, identity, values and the answers to bad requests.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class WebhookBehaviourTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = PlatformKit.Now.AddHours(-2);

    [Fact]
    public async Task Process_SendGridTestDelivery_Answers200AndStoresNothing()
    {
        var kit = new SendGridKit();
        await using var harness = new WebhookHarness(azurite, kit);

        var result = await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson("delivered", SendGridAdapter.TestAddress, At), kit.EventJson("open", SendGridAdapter.TestAddress, At)]));

        Assert.True(result.Test);
        Assert.Equal(0, await harness.CountAsync());
    }

    [Fact]
    public async Task Process_ZendeskRequestSignedWithTheTestSecret_Answers200AndStoresNothing()
    {
        var kit = new ZendeskKit();
        await using var harness = new WebhookHarness(azurite, kit);

        var result = await harness.SendOkAsync(kit, kit.Sign(kit.EventJson("trigger_created", "ines.vautrin@copperkettle.biz", At), Signing.Valid, ZendeskAdapter.TestSecret));

        Assert.True(result.Test);
        Assert.Equal(0, await harness.CountAsync());
    }

    [Fact]
    public async Task Process_IntercomPing_Answers200AndStoresNothing()
    {
        var kit = new IntercomKit();
        await using var harness = new WebhookHarness(azurite, kit);

        var result = await harness.SendOkAsync(kit, kit.DeliverRaw("""{"type":"notification_event","topic":"ping","id":"notif_ping1","created_at":1790000000,"data":{"item":{"type":"ping","message":"hello"}}}"""));

        Assert.True(result.Test);
    }

    [Fact]
    public async Task Process_MandrillEmptyTestAndHeadCheck_Answer200()
    {
        var kit = new MandrillKit();
        await using var harness = new WebhookHarness(azurite, kit);
        var head = kit.Deliver([]);
        head.Method = "HEAD";

        Assert.True((await harness.SendOkAsync(kit, kit.Deliver([]))).Test);
        Assert.True((await harness.SendOkAsync(kit, head)).Test);
    }

    [Fact]
    public async Task Process_MailchimpUrlCheckWithGet_Answers200()
    {
        var kit = new MailchimpKit();
        await using var harness = new WebhookHarness(azurite, kit);
        var request = kit.Deliver([]);
        request.Method = "GET";

        Assert.True((await harness.SendOkAsync(kit, request)).Test);
    }

    [Fact]
    public async Task Process_HelpScoutWithoutEventHeader_IsATest()
    {
        var kit = new HelpScoutKit();
        await using var harness = new WebhookHarness(azurite, kit);
        var request = kit.DeliverRaw("{\"id\":1}");
        request.Headers.Remove(HelpScoutAdapter.EventHeader);

        Assert.True((await harness.SendOkAsync(kit, request)).Test);
    }

    [Fact]
    public async Task Process_AddressAtAReservedTestDomain_IsIgnoredAsTest()
    {
        var kit = new PostmarkKit();
        await using var harness = new WebhookHarness(azurite, kit);

        var result = await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson("Delivery", "john@example.com", At)]));

        Assert.Equal(1, result.IgnoredTypes["test"]);
        Assert.Equal(0, await harness.CountAsync());
    }

    [Fact]
    public async Task Process_SameAddressFromTwoPlatformsInAnyCasing_IsOneCustomerWithNoAddressStored()
    {
        await using var harness = new WebhookHarness(azurite);
        var sendGrid = new SendGridKit();
        var zendesk = new ZendeskKit();

        await harness.SendOkAsync(sendGrid, sendGrid.Deliver([sendGrid.EventJson("delivered", "Ines.Vautrin@CopperKettle.biz", At)]));
        await harness.SendOkAsync(zendesk, zendesk.Deliver([zendesk.EventJson("trigger_created", "ines.vautrin@copperkettle.biz", At)]));

        var signals = await harness.AllSignalsAsync();
        Assert.Equal(2, signals.Count);
        var customer = Assert.Single(signals.Select(s => s.CustomerId).Distinct());
        Assert.Equal(WebhookHarness.CustomerOf("ines.vautrin@copperkettle.biz"), customer);
        Assert.StartsWith("e:", customer, StringComparison.Ordinal);
        Assert.DoesNotContain(signals.SelectMany(s => s.Attributes.Values), v => v.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Process_InvalidAddress_IsQuarantinedBesideAGoodEvent()
    {
        var kit = new SendGridKit();
        await using var harness = new WebhookHarness(azurite, kit);

        var result = await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson("delivered", "gaspard.ollier@sorrelhill.biz", At), kit.EventJson("open", "not an address", At)]));

        Assert.Equal((1, 1), (result.Accepted, result.Quarantined));
        Assert.Equal(1, result.QuarantineReasons["invalid_email"]);
    }

    [Fact]
    public async Task Process_EventThatIsNotAnObject_IsQuarantinedBesideAGoodEvent()
    {
        var kit = new SendGridKit();
        await using var harness = new WebhookHarness(azurite, kit);

        var result = await harness.SendOkAsync(kit, kit.DeliverRaw("[" + kit.EventJson("delivered", "gaspard.ollier@sorrelhill.biz", At) + ",42]"));

        Assert.Equal((1, 1), (result.Accepted, result.Quarantined));
        Assert.Equal(1, result.QuarantineReasons["not_an_object"]);
    }

    [Fact]
    public async Task Process_ZendeskSolved_CarriesResolutionHoursAndCsatIsZeroToHundred()
    {
        var kit = new ZendeskKit();
        await using var harness = new WebhookHarness(azurite, kit);

        await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson("status_solved", "rosalie.brun@lanternrow.biz", At)]));
        await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson("trigger_satisfaction_good", "rosalie.brun@lanternrow.biz", At)]));
        await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson("trigger_satisfaction_bad", "rosalie.brun@lanternrow.biz", At.AddMinutes(5))]));

        var signals = await harness.AllSignalsAsync();
        Assert.Equal(30, signals.Single(s => s.Type == SignalTypes.TicketSolved).Value);
        Assert.StartsWith("zd:", signals.Single(s => s.Type == SignalTypes.TicketSolved).CustomerId, StringComparison.Ordinal);
        Assert.Equal([0.0, 100.0], signals.Where(s => s.Type == SignalTypes.SupportCsat).Select(s => s.Value!.Value).Order());
    }

    [Fact]
    public async Task Process_HubSpotNps_IsAFeedbackSignalOfItsContact()
    {
        var kit = new HubSpotKit();
        await using var harness = new WebhookHarness(azurite, kit);

        await harness.SendOkAsync(kit, kit.Deliver([kit.EventJson("nps", "contact-a", At), kit.EventJson("optout", "contact-a", At)]));

        var signals = await harness.AllSignalsAsync();
        Assert.Equal(9, signals.Single(s => s.Type == SignalTypes.FeedbackNps).Value);
        Assert.All(signals, s => Assert.StartsWith("hubspot:", s.CustomerId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Process_HubSpotBehindAProxy_VerifiesAgainstTheConfiguredUrl()
    {
        var kit = new HubSpotKit();
        var publicUrl = new WebhookRequestBuilder("hubspot", "application/json", []).Url;
        await using var harness = new WebhookHarness(azurite, kit, new Dictionary<string, string?> { ["Webhooks:HubSpot:Url"] = publicUrl });
        var request = kit.Deliver([kit.EventJson("optout", "contact-b", At)]);
        request.Url = "http://127.0.0.1:7071/api/webhooks/hubspot?code=function-key";

        Assert.Equal(1, (await harness.SendOkAsync(kit, request)).Accepted);
    }

    [Fact]
    public async Task Process_UnknownPlatform_Answers404AndListsTheKnownOnes()
    {
        await using var harness = new WebhookHarness(azurite);

        var response = await harness.SendAsync("sparkpost", new SendGridKit().DeliverRaw("[]"));

        Assert.Equal(404, response.Status);
        Assert.Contains("sendgrid", response.ProblemDetail, StringComparison.Ordinal);
        Assert.Equal(1, harness.Metrics.Rejections("unknown", "unknown_platform"));
    }

    [Fact]
    public async Task Process_OversizedBody_Answers413()
    {
        var kit = new SendGridKit();
        await using var harness = new WebhookHarness(azurite, kit);
        var request = kit.DeliverRaw("[]");
        request.Body = new byte[WebhookProcessor.MaxBodyBytes + 1];

        Assert.Equal(413, (await harness.SendAsync("sendgrid", request)).Status);
    }

    [Fact]
    public async Task Process_NoPseudonymKey_Answers503()
    {
        var kit = new PostmarkKit();
        await using var harness = new WebhookHarness(azurite, kit, new Dictionary<string, string?> { [CustomerIdentity.KeySetting] = string.Empty });

        var response = await harness.SendAsync("postmark", kit.Deliver([kit.EventJson("Delivery", "gaspard.ollier@sorrelhill.biz", At)]));

        Assert.Equal(503, response.Status);
        Assert.Contains("Identity__PseudonymKey", response.ProblemDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_BatchOf1000_IsStoredOnceAndCountedAsDuplicatesTheSecondTime()
    {
        var kit = new SendGridKit();
        await using var harness = new WebhookHarness(azurite, kit);
        var events = Enumerable.Range(0, 1000)
            .Select(i => kit.EventJson(i % 3 == 0 ? "delivered" : i % 3 == 1 ? "open" : "click", $"reader{i % 250}@brambleway.biz", At.AddSeconds(-i), $"sg-{i}"))
            .ToList();

        var first = await harness.SendOkAsync(kit, kit.Deliver(events));
        var second = await harness.SendOkAsync(kit, kit.Deliver(events));

        Assert.Equal((1000, 1000, 0), (first.Received, first.Accepted, first.Duplicates));
        Assert.Equal((0, 1000), (second.Accepted, second.Duplicates));
        Assert.Equal(1000, await harness.CountAsync());
    }
}

public sealed class TolerantTests
{
    [Theory]
    [InlineData("1764561600", 1764561600000)]
    [InlineData("1764561600.25", 1764561600250)]
    [InlineData("1764561600250", 1764561600250)]
    [InlineData("1764561600250000", 1764561600250)]
    [InlineData("2025-12-01T04:00:00Z", 1764561600000)]
    [InlineData("2025-12-01T05:00:00+01:00", 1764561600000)]
    [InlineData("2025-11-30T23:00:00.000-05:00", 1764561600000)]
    public void Time_SecondsMillisecondsMicrosecondsOrIso_AreOneInstant(string text, long expectedMs)
    {
        Assert.Equal(expectedMs, Tolerant.Time(text)!.Value.ToUnixTimeMilliseconds());
    }

    [Theory]
    [InlineData("2025-12-01 04:00:00")]
    [InlineData("2025-12-01T04:00:00")]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("")]
    public void Time_LocalTimeOrNonsense_IsRefused(string text)
    {
        Assert.Null(Tolerant.Time(text));
    }

    [Fact]
    public void Readers_NumbersAsStringsStringOrArrayAndCasing_AreRead()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"n":"4.5","b":"TRUE","a":["x","y"],"s":"z","Name":"v"}""");
        var root = document.RootElement;

        Assert.Equal(4.5, Tolerant.Number(Tolerant.Get(root, "n")));
        Assert.True(Tolerant.Bool(Tolerant.Get(root, "b")));
        Assert.Equal(["x", "y"], Tolerant.Strings(Tolerant.Get(root, "a")));
        Assert.Equal(["z"], Tolerant.Strings(Tolerant.Get(root, "s")));
        Assert.Equal("v", Tolerant.Text(root, "name"));
        Assert.Equal("hardbounce", Tolerant.Fold("Hard_Bounce"));
    }

    [Theory]
    [InlineData(" Ada.Quill@Fernbrook.BIZ ", "ada.quill@fernbrook.biz")]
    [InlineData("<ada.quill@fernbrook.biz>", "ada.quill@fernbrook.biz")]
    [InlineData("ada quill@fernbrook.biz", null)]
    [InlineData("ada.quill", null)]
    [InlineData("a@b@fernbrook.biz", null)]
    public void NormalizeEmail_TrimsAndCaseFoldsOrRefuses(string raw, string? expected)
    {
        Assert.Equal(expected, CustomerIdentity.NormalizeEmail(raw));
    }

    [Fact]
    public void ForEmail_IsAStableKeyedPseudonymThatFitsACustomerId()
    {
        var identity = new CustomerIdentity("key-one");

        var id = identity.ForEmail("ada.quill@fernbrook.biz");

        Assert.Equal(id, identity.ForEmail("ada.quill@fernbrook.biz"));
        Assert.NotEqual(id, new CustomerIdentity("key-two").ForEmail("ada.quill@fernbrook.biz"));
        Assert.Equal(34, id.Length);
        Assert.All(id, c => Assert.True(SignalValidator.IsIdChar(c)));
        var expected = "e:" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("key-one"), Encoding.UTF8.GetBytes("ada.quill@fernbrook.biz")).AsSpan(0, 16));
        Assert.Equal(expected, id);
    }
}
