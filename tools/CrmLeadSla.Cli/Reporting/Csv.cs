using System.Text;

namespace CrmLeadSla.Cli.Reporting;

/// <summary>Comma-separated values as RFC 4180 writes them: a header line, fields quoted when they hold a comma, quote or line break.</summary>
public static class Csv
{
    /// <summary>Writes a header and rows to a file (UTF-8 without byte order mark, LF line ends).</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine(Line(header));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row));
        }
    }

    /// <summary>Reads a file written in this format: the header, then each row as a map from column name to field.</summary>
    /// <exception cref="InvalidDataException">A row has a different number of fields than the header.</exception>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is empty: it needs a header line.");
        }

        var header = records[0];
        var rows = new List<IReadOnlyDictionary<string, string>>(records.Count - 1);
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].Count != header.Count)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {i + 1} has {records[i].Count} fields; the header has {header.Count}.");
            }

            var row = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var c = 0; c < header.Count; c++)
            {
                row[header[c]] = records[i][c];
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string Line(IReadOnlyList<string> fields) => string.Join(',', fields.Select(Field));

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
