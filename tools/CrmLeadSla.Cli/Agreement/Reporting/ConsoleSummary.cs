namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>Prints report tables as aligned text columns, figures in the reader's culture (<see cref="ReportFormat"/>).</summary>
public static class ConsoleSummary
{
    /// <summary>Writes each table under its title.</summary>
    public static void Write(TextWriter output, IEnumerable<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var table in tables)
        {
            output.WriteLine();
            output.WriteLine(table.Title);
            if (table.Rows.Count == 0)
            {
                output.WriteLine("  " + ReportWords.None);
                continue;
            }

            var shown = table.Rows.Select(row => Enumerable.Range(0, table.Columns.Count).Select(c => table.Shown(row, c)).ToList()).ToList();
            var widths = table.Columns.Select((c, i) => Math.Max(c.Length, shown.Max(cells => cells[i].Length))).ToArray();
            output.WriteLine("  " + Line(table, table.Columns, widths));
            foreach (var cells in shown)
            {
                output.WriteLine("  " + Line(table, cells, widths));
            }
        }
    }

    // Labels are left-aligned, figures right-aligned.
    private static string Line(ReportTable table, IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => ReportFormat.IsFigure(table.Kinds[i]) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd();
}
