using System.Text;

namespace RelationshipFunctions.Import;

/// <summary>Reads RFC 4180 records: quoted fields, doubled quotes, and line breaks inside quotes.</summary>
public sealed class CsvRecordReader(TextReader reader, char delimiter = ',')
{
    /// <summary>The 1-based line on which the last record returned started.</summary>
    public int RecordLine { get; private set; }

    private int _line = 1;

    /// <summary>Returns the next record's fields, or null at the end of the input.</summary>
    public async Task<List<string>?> ReadAsync(CancellationToken cancellationToken)
    {
        var first = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            return null;
        }

        RecordLine = _line++;
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = first;
        var quoted = false;
        var i = 0;
        while (true)
        {
            if (i == line.Length)
            {
                if (!quoted)
                {
                    fields.Add(field.ToString());
                    return fields;
                }

                var next = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)
                    ?? throw new FormatException($"Line {RecordLine}: a quoted field is not closed.");
                _line++;
                field.Append('\n');
                line = next;
                i = 0;
                continue;
            }

            var c = line[i++];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i < line.Length && line[i] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
    }
}
