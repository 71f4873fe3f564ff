namespace RelationshipFunctions.Snapshots;

/// <summary>RFC 4180 field quoting, with a guard against spreadsheet formula injection.</summary>
public static class CsvText
{
    /// <summary>Quotes a field when it holds a comma, a quote or a line break, doubling inner quotes.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// A text cell that a spreadsheet would not run as a formula. Customer ids keep their exact value
    /// (tools match on them) because the id alphabet has no <c>=</c>, <c>(</c> or <c>|</c>, so a cell such
    /// as <c>+44-20</c> can at most be read as arithmetic. Any other text that starts like a formula and
    /// holds a character outside that alphabet is prefixed with an apostrophe, as OWASP advises.
    /// </summary>
    public static string Text(string value) => Field(LooksLikeFormula(value) ? "'" + value : value);

    private static bool LooksLikeFormula(string value) =>
        value.Length > 0
        && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && (value[0] == '=' || !value.All(IsPlainChar));

    private static bool IsPlainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@' or '+' or ':' or ' ';
}
