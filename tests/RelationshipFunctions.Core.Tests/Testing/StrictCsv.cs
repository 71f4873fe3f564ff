using System.Text;

namespace RelationshipFunctions.Tests.Testing;

/// <summary>
/// A strict RFC 4180 reader: every record ends in CRLF, quotes only wrap whole fields, every record has the
/// header's field count. Anything else throws, so a test that parses a file proves it is well-formed.
/// </summary>
public static class StrictCsv
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Check(i < text.Length, i, "unterminated quoted field");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }

                Check(i == text.Length || text[i] is ',' or '\r', i, "text after a closing quote");
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    Check(text[i] != '"', i, "a quote inside an unquoted field");
                    field.Append(text[i++]);
                }

                Check(i == text.Length || text[i] != '\n', i, "a line feed without a carriage return");
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            Check(i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n', i, "a record that does not end in CRLF");
            i += 2;
            Check(records.Count == 0 || fields.Count == records[0].Length, i, $"{fields.Count} fields where the header has {records.FirstOrDefault()?.Length}");
            records.Add([.. fields]);
            fields.Clear();
        }

        return records;
    }

    private static void Check(bool condition, int position, string problem)
    {
        if (!condition)
        {
            throw new FormatException($"Not RFC 4180 at character {position}: {problem}.");
        }
    }
}
