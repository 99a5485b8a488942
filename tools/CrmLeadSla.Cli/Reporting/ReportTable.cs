namespace CrmLeadSla.Cli.Reporting;

/// <summary>One row of a report table; <paramref name="LeadIds"/> are the leads behind its linked figure.</summary>
/// <param name="Cells">The row's values as shown, one per column.</param>
/// <param name="LeadIds">The leads the linked column counts; empty when the row links none.</param>
public sealed record ReportRow(IReadOnlyList<string> Cells, IReadOnlyList<string> LeadIds);

/// <summary>
/// A table of the report, shown the same on the console, in the dashboard and in its CSV file, so every
/// figure on the page is a figure of a file.
/// </summary>
/// <param name="Name">The file stem and the dashboard's id, e.g. <c>funnel</c>.</param>
/// <param name="Title">The heading.</param>
/// <param name="Columns">The column headings.</param>
/// <param name="Rows">The rows.</param>
/// <param name="LinkedColumn">The column whose figure counts the row's leads, or -1.</param>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, int LinkedColumn = -1)
{
    /// <summary>The file the table is written to, e.g. <c>report-funnel.csv</c>.</summary>
    public string FileName => $"report-{Name}.csv";
}
