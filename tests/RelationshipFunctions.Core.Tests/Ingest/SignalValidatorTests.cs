using System.Text.Json;
using System.Text.Json.Nodes;
using RelationshipFunctions.Ingest;

namespace RelationshipFunctions.Tests.Unit.Ingest;

public sealed class SignalValidatorTests
{
    private const string Secret = "secret@example.com";

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Validate_CompleteItem_ReturnsSignalWithEveryField()
    {
        var item = Validate(ValidItem());

        Assert.True(item.IsValid);
        Assert.Empty(item.Errors);
        var signal = item.Signal!;
        Assert.Equal("c-1", signal.CustomerId);
        Assert.Equal(SignalTypes.Purchase, signal.Type);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 14, 3, 0, TimeSpan.Zero), signal.OccurredAt);
        Assert.Equal("shop", signal.Source);
        Assert.Equal("order-1", signal.SourceEventId);
        Assert.Equal(42.5, signal.Value);
        Assert.Equal("books", signal.Attributes["category"]);
    }

    [Theory]
    [InlineData("customerId", "123", "not a number")]
    [InlineData("customerId", "true", "not a boolean")]
    [InlineData("customerId", "{}", "not an object")]
    [InlineData("customerId", "[\"c-1\"]", "not an array")]
    [InlineData("type", "7", "not a number")]
    [InlineData("type", "[]", "not an array")]
    [InlineData("source", "false", "not a boolean")]
    [InlineData("sourceEventId", "12345", "not a number")]
    [InlineData("value", "\"42.5\"", "Must be a number, not a string")]
    [InlineData("value", "[42.5]", "Must be a number, not an array")]
    [InlineData("value", "true", "Must be a number, not a boolean")]
    [InlineData("attributes", "[]", "Must be an object")]
    [InlineData("attributes", "\"category=books\"", "Must be an object")]
    [InlineData("occurredAt", "1764511380", "ISO 8601")]
    [InlineData("schemaVersion", "\"1\"", "schema version 1")]
    public void Validate_FieldOfWrongType_RejectsThatField(string field, string rawJson, string expected)
    {
        var item = ValidateWith(field, rawJson);

        Assert.False(item.IsValid);
        var error = Assert.Single(item.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("customerId")]
    [InlineData("type")]
    [InlineData("occurredAt")]
    [InlineData("source")]
    [InlineData("sourceEventId")]
    public void Validate_RequiredFieldMissing_ReportsMissingField(string field)
    {
        var json = ValidItem();
        json.Remove(field);

        var item = Validate(json);

        var error = Assert.Single(item.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal("Required field is missing.", error.Message);
    }

    [Theory]
    [InlineData("customerId")]
    [InlineData("type")]
    [InlineData("occurredAt")]
    [InlineData("source")]
    [InlineData("sourceEventId")]
    public void Validate_RequiredFieldNull_ReportsMissingField(string field)
    {
        var item = ValidateWith(field, "null");

        var error = Assert.Single(item.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal("Required field is missing.", error.Message);
    }

    [Theory]
    [InlineData("schemaVersion")]
    [InlineData("attributes")]
    public void Validate_OptionalFieldMissing_Accepts(string field)
    {
        var json = ValidItem();
        json.Remove(field);

        var item = Validate(json);

        Assert.True(item.IsValid);
    }

    [Theory]
    [InlineData("customerID")]
    [InlineData("timestamp")]
    [InlineData("")]
    public void Validate_UnknownField_RejectsAndNamesIt(string field)
    {
        var json = ValidItem();
        json[field] = "x";

        var item = Validate(json);

        var error = Assert.Single(item.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains("Unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_VeryLongUnknownField_TruncatesTheNameInTheError()
    {
        var json = ValidItem();
        json[new string('x', 500)] = 1;

        var item = Validate(json);

        var error = Assert.Single(item.Errors);
        Assert.True(error.Field.Length <= 65);
    }

    [Theory]
    [InlineData("customerId", 64)]
    [InlineData("type", 64)]
    [InlineData("source", 32)]
    [InlineData("sourceEventId", 128)]
    public void Validate_EmptyString_RejectsWithLengthRule(string field, int maxLength)
    {
        var item = ValidateWith(field, "\"\"");

        var error = Assert.Single(item.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal($"Must be 1 to {maxLength} characters long.", error.Message);
    }

    [Theory]
    [InlineData("customerId", 65)]
    [InlineData("source", 33)]
    [InlineData("sourceEventId", 129)]
    public void Validate_StringOneOverTheLimit_Rejects(string field, int length)
    {
        var item = ValidateWith(field, JsonSerializer.Serialize(new string('a', length)));

        var error = Assert.Single(item.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains("characters long", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("customerId", 64)]
    [InlineData("source", 32)]
    [InlineData("sourceEventId", 128)]
    public void Validate_StringAtTheLimit_Accepts(string field, int length)
    {
        var item = ValidateWith(field, JsonSerializer.Serialize(new string('a', length)));

        Assert.True(item.IsValid);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    [InlineData("a|b")]
    [InlineData("a b")]
    [InlineData("a\u0001b")]
    [InlineData("a\tb")]
    [InlineData("a\u007fb")]
    [InlineData("caf\u00e9")]
    [InlineData("\u0430dmin")]
    public void Validate_CustomerIdWithIllegalCharacter_Rejects(string customerId)
    {
        var item = ValidateWith("customerId", JsonSerializer.Serialize(customerId));

        var error = Assert.Single(item.Errors);
        Assert.Equal("customerId", error.Field);
        Assert.Contains("characters that are not allowed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C-1")]
    [InlineData("user@tenant")]
    [InlineData("tenant:42_a")]
    public void Validate_CustomerIdOfAllowedCharacters_Accepts(string customerId)
    {
        var item = ValidateWith("customerId", JsonSerializer.Serialize(customerId));

        Assert.Equal(customerId, item.Signal?.CustomerId);
    }

    [Theory]
    [InlineData("jane.doe+shop@example.com")]
    [InlineData("A@B.CO")]
    public void Validate_CustomerIdThatIsAnEmail_RejectsWithoutEchoingIt(string customerId)
    {
        var item = ValidateWith("customerId", JsonSerializer.Serialize(customerId));

        var error = Assert.Single(item.Errors);
        Assert.Equal("customerId", error.Field);
        Assert.DoesNotContain(customerId, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Validate_DuplicateField_RejectsNamingIt()
    {
        using var document = JsonDocument.Parse(
            "{\"customerId\":\"P-1\",\"customerId\":\"P-2\",\"type\":\"purchase\",\"occurredAt\":\"2026-11-30T10:00:00Z\"," +
            "\"source\":\"shop\",\"sourceEventId\":\"o-1\",\"value\":1}");

        var item = SignalValidator.Validate(document.RootElement, 0, Now);

        Assert.Null(item.Signal);
        Assert.Equal("customerId", Assert.Single(item.Errors).Field);
    }

    [Theory]
    [InlineData("Shop")]
    [InlineData("shop/eu")]
    [InlineData("shop eu")]
    public void Validate_SourceWithIllegalCharacter_Rejects(string source)
    {
        var item = ValidateWith("source", JsonSerializer.Serialize(source));

        Assert.Equal("source", Assert.Single(item.Errors).Field);
    }

    [Theory]
    [InlineData("order/1#2?x\\y")]
    [InlineData("Order 1")]
    public void Validate_SourceEventIdWithPrintableCharacters_Accepts(string id)
    {
        var item = ValidateWith("sourceEventId", JsonSerializer.Serialize(id));

        Assert.Equal(id, item.Signal?.SourceEventId);
    }

    [Theory]
    [InlineData("order\n1")]
    [InlineData("order\u00001")]
    [InlineData("order\u007f")]
    public void Validate_SourceEventIdWithControlCharacter_Rejects(string id)
    {
        var item = ValidateWith("sourceEventId", JsonSerializer.Serialize(id));

        Assert.Equal("sourceEventId", Assert.Single(item.Errors).Field);
    }

    [Theory]
    [InlineData("purchases")]
    [InlineData("Purchase")]
    [InlineData("email")]
    public void Validate_UnknownType_Rejects(string type)
    {
        var item = ValidateWith("type", JsonSerializer.Serialize(type));

        var error = Assert.Single(item.Errors);
        Assert.Equal("type", error.Field);
        Assert.Contains("Unknown signal type", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feedback.nps", "0", true)]
    [InlineData("feedback.nps", "10", true)]
    [InlineData("feedback.nps", "7.5", false)]
    [InlineData("feedback.nps", "11", false)]
    [InlineData("feedback.nps", "-1", false)]
    [InlineData("feedback.nps", "null", false)]
    [InlineData("loyalty.tier", "3", true)]
    [InlineData("loyalty.tier", "3.2", false)]
    [InlineData("purchase", "0", true)]
    [InlineData("purchase", "-0.01", false)]
    [InlineData("purchase", "null", false)]
    [InlineData("refund", "null", false)]
    [InlineData("support.sentiment", "-1", true)]
    [InlineData("support.sentiment", "-1.01", false)]
    [InlineData("feedback.review", "0", false)]
    [InlineData("feedback.review", "5", true)]
    [InlineData("web.visit", "null", true)]
    [InlineData("web.visit", "3", true)]
    [InlineData("web.visit", "10001", false)]
    [InlineData("email.open", "null", true)]
    [InlineData("email.open", "1", false)]
    [InlineData("email.open", "0", false)]
    [InlineData("profile.firmographic", "2", false)]
    public void Validate_ValueByTypeRule_AcceptsOrRejects(string type, string rawValue, bool valid)
    {
        var json = ValidItem();
        json["type"] = type;
        json["value"] = JsonNode.Parse(rawValue);

        var item = Validate(json);

        Assert.Equal(valid, item.IsValid);
        Assert.All(item.Errors, error => Assert.Equal("value", error.Field));
    }

    [Fact]
    public void Validate_NpsNotWholeNumber_SaysAWholeNumberIsNeeded()
    {
        var json = ValidItem();
        json["type"] = SignalTypes.FeedbackNps;
        json["value"] = 7.5;

        var item = Validate(json);

        Assert.Contains("a whole number from 0 to 10", Assert.Single(item.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValueBeyondDoubleRange_Rejects()
    {
        var item = ValidateWith("value", "1e400");

        Assert.Equal("value", Assert.Single(item.Errors).Field);
    }

    [Theory]
    [InlineData("2026-11-30T14:03:00")]
    [InlineData("2026-11-30")]
    [InlineData("2026-11-30 14:03:00Z")]
    [InlineData("30/11/2026 14:03")]
    [InlineData("yesterday")]
    [InlineData("Tue 2026-12-01 02:00")]
    [InlineData("Tuesday, 2026-12-01 02:00:00")]
    [InlineData("Sat 2026-11-28 14:03")]
    [InlineData("2026-11-28 14:03 Sat")]
    [InlineData("t2026-11-28 14:03")]
    [InlineData("")]
    public void Validate_OccurredAtWithoutOffsetOrNotIso_Rejects(string occurredAt)
    {
        var item = ValidateWith("occurredAt", JsonSerializer.Serialize(occurredAt));

        var error = Assert.Single(item.Errors);
        Assert.Equal("occurredAt", error.Field);
        Assert.Contains("UTC offset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-30T14:03:00-05:00", "2026-11-30T19:03:00Z")]
    [InlineData("2026-11-30T14:03:00+01:00", "2026-11-30T13:03:00Z")]
    [InlineData("2026-11-30T14:03:00.250z", "2026-11-30T14:03:00.250Z")]
    public void Validate_OccurredAtWithOffset_NormalizesToUtc(string occurredAt, string expected)
    {
        var item = ValidateWith("occurredAt", JsonSerializer.Serialize(occurredAt));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), item.Signal?.OccurredAt);
        Assert.Equal(TimeSpan.Zero, item.Signal?.OccurredAt.Offset);
    }

    [Theory]
    [InlineData(10 * 60, true)]
    [InlineData(10 * 60 + 1, false)]
    [InlineData(24 * 60 * 60, false)]
    public void Validate_OccurredAtInTheFuture_AcceptsOnlyWithinTolerance(int secondsAhead, bool valid)
    {
        var occurredAt = Now.AddSeconds(secondsAhead).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        var item = ValidateWith("occurredAt", JsonSerializer.Serialize(occurredAt));

        Assert.Equal(valid, item.IsValid);
    }

    [Theory]
    [InlineData("1969-12-31T23:59:59Z", false)]
    [InlineData("1970-01-01T00:00:00+01:00", false)]
    [InlineData("1970-01-01T00:00:00Z", true)]
    [InlineData("0001-01-01T00:00:00Z", false)]
    public void Validate_OccurredAtAroundNineteenSeventy_RejectsEarlierDates(string occurredAt, bool valid)
    {
        var item = ValidateWith("occurredAt", JsonSerializer.Serialize(occurredAt));

        Assert.Equal(valid, item.IsValid);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("null", true)]
    [InlineData("2", false)]
    [InlineData("0", false)]
    [InlineData("1.5", false)]
    [InlineData("true", false)]
    public void Validate_SchemaVersion_AcceptsOnlyOne(string rawVersion, bool valid)
    {
        var item = ValidateWith("schemaVersion", rawVersion);

        Assert.Equal(valid, item.IsValid);
        Assert.All(item.Errors, error => Assert.Equal("schemaVersion", error.Field));
    }

    [Fact]
    public void Validate_TwentyAttributes_Accepts()
    {
        var item = ValidateWith("attributes", Attributes(20));

        Assert.Equal(20, item.Signal?.Attributes.Count);
    }

    [Fact]
    public void Validate_TwentyOneAttributes_RejectsOnce()
    {
        var item = ValidateWith("attributes", Attributes(21));

        var error = Assert.Single(item.Errors);
        Assert.Equal("attributes", error.Field);
        Assert.Contains("At most 20", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"address\":{\"city\":\"Oslo\"}}", "attributes.address")]
    [InlineData("{\"tags\":[\"a\",\"b\"]}", "attributes.tags")]
    [InlineData("{\"note\":null}", "attributes.note")]
    [InlineData("{\"bad key\":\"x\"}", "attributes.bad key")]
    [InlineData("{\"a/b\":\"x\"}", "attributes.a/b")]
    [InlineData("{\"\":\"x\"}", "attributes.")]
    [InlineData("{\"k\":\"v\",\"k\":\"w\"}", "attributes.k")]
    public void Validate_BadAttribute_RejectsThatAttribute(string rawAttributes, string field)
    {
        var item = Validate(ValidItem().ToJsonString().Replace(
            "{\"category\":\"books\"}", rawAttributes, StringComparison.Ordinal));

        Assert.False(item.IsValid);
        Assert.Equal(field, Assert.Single(item.Errors).Field);
    }

    [Fact]
    public void Validate_AttributeValueOverLimit_Rejects()
    {
        var item = ValidateWith("attributes", $"{{\"note\":\"{new string('x', 257)}\"}}");

        Assert.Equal("attributes.note", Assert.Single(item.Errors).Field);
    }

    [Fact]
    public void Validate_AttributeNumbersAndBooleans_KeepsTheirJsonText()
    {
        var item = ValidateWith("attributes", "{\"quantity\":3,\"price\":1.50,\"gift\":true}");

        Assert.Equal("3", item.Signal?.Attributes["quantity"]);
        Assert.Equal("1.50", item.Signal?.Attributes["price"]);
        Assert.Equal("true", item.Signal?.Attributes["gift"]);
    }

    [Fact]
    public void Validate_SeveralBadFields_ReportsEveryOne()
    {
        var json = ValidItem();
        json["customerId"] = 5;
        json["type"] = "nope";
        json["occurredAt"] = "2026-11-30";
        json["extra"] = true;

        var item = Validate(json);

        Assert.Equal(
            ["customerId", "extra", "occurredAt", "type"],
            item.Errors.Select(error => error.Field).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"purchase\"")]
    [InlineData("[]")]
    [InlineData("null")]
    public void Validate_ItemNotAnObject_RejectsWholeItem(string rawJson)
    {
        using var document = JsonDocument.Parse(rawJson);

        var item = SignalValidator.Validate(document.RootElement, 3, Now);

        var error = Assert.Single(item.Errors);
        Assert.Equal("$", error.Field);
        Assert.Equal(3, error.Index);
    }

    [Fact]
    public void Validate_AnyError_CarriesTheItemIndex()
    {
        using var document = JsonDocument.Parse("{}");

        var item = SignalValidator.Validate(document.RootElement, 17, Now);

        Assert.Equal(17, item.Index);
        Assert.All(item.Errors, error => Assert.Equal(17, error.Index));
    }

    [Theory]
    [InlineData("customerId", "\"secret@example.com/\"")]
    [InlineData("customerId", "\"secret@example.comsecret@example.comsecret@example.comsecret@example.com\"")]
    [InlineData("type", "\"secret@example.com\"")]
    [InlineData("source", "\"secret@example.com\"")]
    [InlineData("sourceEventId", "\"secret@example.com\\u0001\"")]
    [InlineData("occurredAt", "\"secret@example.com\"")]
    [InlineData("value", "\"secret@example.com\"")]
    [InlineData("schemaVersion", "\"secret@example.com\"")]
    [InlineData("attributes", "\"secret@example.com\"")]
    [InlineData("attributes", "{\"email\":{\"v\":\"secret@example.com\"}}")]
    public void Validate_BadValue_NeverEchoesIt(string field, string rawJson)
    {
        var json = ValidItem();
        json["customerId"] = Secret;
        json["type"] = "not-a-type";
        json[field] = JsonNode.Parse(rawJson);

        var item = Validate(json);

        Assert.NotEmpty(item.Errors);
        Assert.All(item.Errors, error => Assert.DoesNotContain(Secret, error.Message, StringComparison.OrdinalIgnoreCase));
        Assert.All(item.Errors, error => Assert.DoesNotContain(Secret, error.Field, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("\"customerId\":\"c\\ud800\"")]
    [InlineData("\"occurredAt\":\"2026-11-30T14:03:00Z\\udc00\"")]
    [InlineData("\"attributes\":{\"k\":\"\\ud800x\"}")]
    [InlineData("\"attributes\":{\"\\ud800\":\"v\"}")]
    [InlineData("\"\\udfff\":1")]
    public void Validate_UnpairedSurrogate_RejectsItemInsteadOfThrowing(string member)
    {
        var json = "{" + member + "}";

        var item = Validate(json);

        Assert.False(item.IsValid);
        Assert.Equal("$", Assert.Single(item.Errors).Field);
    }

    [Theory]
    [InlineData('a', true)]
    [InlineData('Z', true)]
    [InlineData('7', true)]
    [InlineData('@', true)]
    [InlineData('|', false)]
    [InlineData('=', false)]
    [InlineData('~', false)]
    public void IsIdChar_Character_MatchesTheDocumentedSet(char c, bool expected)
    {
        var allowed = SignalValidator.IsIdChar(c);

        Assert.Equal(expected, allowed);
    }

    private static JsonObject ValidItem() => new()
    {
        ["schemaVersion"] = 1,
        ["customerId"] = "c-1",
        ["type"] = "purchase",
        ["occurredAt"] = "2026-11-30T14:03:00Z",
        ["source"] = "shop",
        ["sourceEventId"] = "order-1",
        ["value"] = 42.5,
        ["attributes"] = new JsonObject { ["category"] = "books" },
    };

    private static string Attributes(int count) =>
        "{" + string.Join(",", Enumerable.Range(0, count).Select(i => $"\"k{i}\":\"v\"")) + "}";

    private static ParsedItem ValidateWith(string field, string rawJson)
    {
        var json = ValidItem();
        json[field] = JsonNode.Parse(rawJson);
        return Validate(json);
    }

    private static ParsedItem Validate(JsonObject json) => Validate(json.ToJsonString());

    private static ParsedItem Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SignalValidator.Validate(document.RootElement, 0, Now);
    }
}
