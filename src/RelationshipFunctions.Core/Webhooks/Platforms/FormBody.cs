using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace RelationshipFunctions.Webhooks.Platforms;

/// <summary>An <c>application/x-www-form-urlencoded</c> body as name/value pairs.</summary>
internal static class FormBody
{
    public static Dictionary<string, string> Parse(ReadOnlyMemory<byte> body)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(body.Span);
        }
        catch (DecoderFallbackException)
        {
            throw new WebhookBodyException("The form body is not UTF-8.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in QueryHelpers.ParseQuery(text.StartsWith('?') ? text : "?" + text))
        {
            fields[name] = values.ToString();
        }

        return fields;
    }
}
