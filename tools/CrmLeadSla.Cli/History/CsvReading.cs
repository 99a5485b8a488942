using System.Text;

namespace CrmLeadSla.Cli.History;

/// <summary>
/// Reads RFC 4180 records: fields separated by commas, records by CRLF or LF, a field in double quotes may
/// hold commas, line breaks and doubled quotes. Empty lines between records are skipped.
/// </summary>
public static class CsvReading
{
    /// <summary>Every record of the text, in order; throws <see cref="HistoryFormatException"/> with line and column for a broken quote.</summary>
    public static IEnumerable<CsvRow> Records(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var fieldLines = new List<int>();
        var field = new StringBuilder();
        var recordLine = 1;
        var fieldLine = 1;
        var quoted = false;
        var inQuotes = false;
        var afterQuote = false;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !quoted:
                    inQuotes = true;
                    quoted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n':
                    if (fields.Count > 0 || field.Length > 0 || quoted)
                    {
                        EndField();
                        yield return new CsvRow(recordLine, fields.ToArray(), fieldLines.ToArray());
                    }

                    fields.Clear();
                    fieldLines.Clear();
                    line++;
                    recordLine = line;
                    fieldLine = line;
                    break;
                default:
                    if (afterQuote || c == '"')
                    {
                        throw new HistoryFormatException(
                            line,
                            fields.Count + 1,
                            "field",
                            "a quote must enclose the whole field; write a quote inside a quoted field as two quotes (\"\").");
                    }

                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new HistoryFormatException(fieldLine, fields.Count + 1, "field", "the quoted field is never closed; add the closing quote.");
        }

        if (fields.Count > 0 || field.Length > 0 || quoted)
        {
            EndField();
            yield return new CsvRow(recordLine, fields.ToArray(), fieldLines.ToArray());
        }

        void EndField()
        {
            fields.Add(field.ToString());
            fieldLines.Add(fieldLine);
            field.Clear();
            quoted = false;
            afterQuote = false;
            fieldLine = line;
        }
    }
}
