using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>Writes a report into a folder: the dashboard and one CSV file per table shown.</summary>
public static class ReportOutput
{
    /// <summary>The dashboard's file name.</summary>
    public const string DashboardFile = "dashboard.html";

    /// <summary>
    /// Writes <c>dashboard.html</c> and <c>report-*.csv</c> (in <paramref name="style"/>, default plain); with a
    /// <paramref name="baseline"/> the key figures of both runs side by side and both runs in every comparing chart.
    /// Returns the dashboard's full path.
    /// </summary>
    public static string Write(string folder, FunnelReport report, ReportTables tables, FunnelReport? baseline, CsvStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        Directory.CreateDirectory(folder);
        foreach (var table in report.Shown(baseline))
        {
            CsvSheetWriter.WriteFile(Path.Combine(folder, table.FileName), style ?? CsvStyle.Plain, CsvHeadings(table), table.Rows.Select(r => r.Cells.Select(CsvCell.Figure)));
        }

        var path = Path.GetFullPath(Path.Combine(folder, DashboardFile));
        File.WriteAllText(path, Dashboard.Render(report, tables, baseline));
        return path;
    }

    /// <summary>The headings of a table's CSV file: a duration column says its unit, as the file holds hours (the page shows days and hours).</summary>
    public static IReadOnlyList<string> CsvHeadings(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Columns.Select((column, i) => table.Kinds[i] == FigureKind.Hours ? $"{column} {ReportWords.HoursUnit}" : column).ToList();
    }
}
