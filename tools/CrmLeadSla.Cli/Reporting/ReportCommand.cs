using System.CommandLine;

namespace CrmLeadSla.Cli.Reporting;

/// <summary>
/// <c>leadsla report --in DIR [--baseline DIR] [--out DIR]</c>: the report of an export (docs/report-csv.md):
/// the console summary, the dashboard and the CSV files of its tables.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--in") { Description = "The folder of the export: leads.csv, transitions.csv, clocks.csv, agreements.csv.", Required = true };
        var baseline = new Option<DirectoryInfo?>("--baseline") { Description = "A second export to show side by side, e.g. a run without the SLA." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Where to write the dashboard and the report's CSV files (default: the --in folder)." };
        var command = new Command("report", "Report funnel, SLA clocks, rejections and never-worked leads from a CSV export; write the dashboard.")
        {
            input, baseline, output,
        };
        command.SetAction(result =>
        {
            var inFolder = result.GetValue(input)!.FullName;
            try
            {
                var tables = ReportCsv.Read(inFolder);
                var report = FunnelReport.Of(tables, Path.GetFileName(inFolder.TrimEnd(Path.DirectorySeparatorChar)));
                var baselineFolder = result.GetValue(baseline)?.FullName;
                var comparison = baselineFolder == null
                    ? null
                    : FunnelReport.Comparison(report, FunnelReport.Of(ReportCsv.Read(baselineFolder), Path.GetFileName(baselineFolder.TrimEnd(Path.DirectorySeparatorChar))));
                ConsoleSummary.Write(Console.Out, comparison == null ? report.Tables : [comparison, .. report.Tables.Skip(1)]);
                var dashboard = ReportOutput.Write(result.GetValue(output)?.FullName ?? inFolder, report, tables, comparison);
                Console.WriteLine();
                Console.WriteLine($"Dashboard: {dashboard}");
                return 0;
            }
            catch (Exception error) when (error is InvalidDataException or IOException)
            {
                Console.Error.WriteLine(error.Message);
                return 2;
            }
        });
        return command;
    }
}
