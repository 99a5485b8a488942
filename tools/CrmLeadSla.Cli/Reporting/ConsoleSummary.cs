namespace CrmLeadSla.Cli.Reporting;

/// <summary>Prints report tables as aligned text columns.</summary>
public static class ConsoleSummary
{
    /// <summary>Writes each table under its title.</summary>
    public static void Write(TextWriter output, IEnumerable<ReportTable> tables)
    {
        foreach (var table in tables)
        {
            output.WriteLine();
            output.WriteLine(table.Title);
            if (table.Rows.Count == 0)
            {
                output.WriteLine("  (none)");
                continue;
            }

            var widths = table.Columns.Select((c, i) => Math.Max(c.Length, table.Rows.Max(r => r.Cells[i].Length))).ToArray();
            output.WriteLine("  " + Line(table.Columns, widths));
            foreach (var row in table.Rows)
            {
                output.WriteLine("  " + Line(row.Cells, widths));
            }
        }
    }

    // The first column is a label (left-aligned), the others are figures (right-aligned).
    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd();
}
