using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Reporting;

/// <summary>Writes a report into a folder: the dashboard and one CSV file per table shown.</summary>
public static class ReportOutput
{
    /// <summary>The dashboard's file name.</summary>
    public const string DashboardFile = "dashboard.html";

    /// <summary>Writes <c>dashboard.html</c> and <c>report-*.csv</c> (in <paramref name="style"/>, default plain); returns the dashboard's full path.</summary>
    public static string Write(string folder, FunnelReport report, ReportTables tables, ReportTable? comparison, CsvStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        Directory.CreateDirectory(folder);
        var shown = comparison == null ? report.Tables : [comparison, .. report.Tables];
        foreach (var table in shown)
        {
            CsvSheetWriter.WriteFile(Path.Combine(folder, table.FileName), style ?? CsvStyle.Plain, table.Columns, table.Rows.Select(r => r.Cells.Select(CsvCell.Figure)));
        }

        var names = tables.Leads.ToDictionary(l => l.LeadId, l => l.Name, StringComparer.Ordinal);
        var path = Path.GetFullPath(Path.Combine(folder, DashboardFile));
        File.WriteAllText(path, Dashboard.Render(report, names, comparison));
        return path;
    }
}
