namespace CrmLeadSla.Cli.Reporting;

/// <summary>Writes a report into a folder: the dashboard and one CSV file per table shown.</summary>
public static class ReportOutput
{
    /// <summary>The dashboard's file name.</summary>
    public const string DashboardFile = "dashboard.html";

    /// <summary>Writes <c>dashboard.html</c> and <c>report-*.csv</c>; returns the dashboard's full path.</summary>
    public static string Write(string folder, FunnelReport report, ReportTables tables, ReportTable? comparison)
    {
        Directory.CreateDirectory(folder);
        var shown = comparison == null ? report.Tables : [comparison, .. report.Tables];
        foreach (var table in shown)
        {
            Csv.Write(Path.Combine(folder, table.FileName), table.Columns, table.Rows.Select(r => r.Cells));
        }

        var names = tables.Leads.ToDictionary(l => l.LeadId, l => l.Name, StringComparer.Ordinal);
        var path = Path.GetFullPath(Path.Combine(folder, DashboardFile));
        File.WriteAllText(path, Dashboard.Render(report, names, comparison));
        return path;
    }
}
