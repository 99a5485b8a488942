namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>One row of a report table; <paramref name="LeadIds"/> are the leads behind its linked figure.</summary>
/// <param name="Cells">The row's values, culture-free (as the plain CSV file writes them), one per column.</param>
/// <param name="LeadIds">The leads the linked column counts, each once; empty when the row links none.</param>
public sealed record ReportRow(IReadOnlyList<string> Cells, IReadOnlyList<string> LeadIds);

/// <summary>
/// A table of the report, shown the same on the console, in the dashboard and in its CSV file, so every
/// figure on the page is a figure of a file.
/// </summary>
/// <param name="Name">The file stem and the dashboard's id, e.g. <c>funnel</c>.</param>
/// <param name="Title">The heading, in the reader's language.</param>
/// <param name="Columns">The column headings, in the reader's language.</param>
/// <param name="Kinds">What each column holds, one per column: how it is shown.</param>
/// <param name="Rows">The rows.</param>
/// <param name="LinkedColumn">The column whose figure counts the row's leads, or -1.</param>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<FigureKind> Kinds, IReadOnlyList<ReportRow> Rows, int LinkedColumn = -1)
{
    /// <summary>The file the table is written to, e.g. <c>report-funnel.csv</c>.</summary>
    public string FileName => $"report-{Name}.csv";

    /// <summary>A cell as the reader sees it (<see cref="ReportFormat.Shown"/>).</summary>
    public string Shown(ReportRow row, int column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ReportFormat.Shown(row.Cells[column], Kinds[column]);
    }

    /// <summary>The row's labels as the reader sees them (its cells before the first figure), e.g. "Accept · Sam Sales"; empty when it starts with a figure.</summary>
    public string LabelOf(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var labels = Enumerable.Range(0, Columns.Count).TakeWhile(c => !ReportFormat.IsFigure(Kinds[c])).Select(c => Shown(row, c));
        return string.Join(" · ", labels);
    }
}
