namespace CrmLeadSla.Cli.History;

/// <summary>Writes RFC 4180 records: a field is quoted when it holds a comma, a quote or a line break.</summary>
public static class CsvWriting
{
    /// <summary>Writes one record and its CRLF line end.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(Quoted)));
        writer.Write("\r\n");
    }

    private static string Quoted(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
