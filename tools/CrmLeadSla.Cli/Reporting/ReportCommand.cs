using System.CommandLine;
using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Reporting;

/// <summary>
/// <c>leadsla report --in DIR [--baseline DIR] [--out DIR] [--timezone ID] [--delimiter SEP] [--excel]</c>: the report of an export
/// (docs/report-csv.md): the console summary, the dashboard and the CSV files of its tables.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--in") { Description = "The folder of the export: leads.csv, transitions.csv, clocks.csv, agreements.csv.", Required = true };
        input.AcceptExistingOnly();
        var baseline = new Option<DirectoryInfo>("--baseline") { Description = "A second export to show side by side, e.g. a run without the SLA." };
        baseline.AcceptExistingOnly();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Where to write the dashboard and the report's CSV files (default: the --in folder)." };
        var zone = new Option<TimeZoneInfo?>("--timezone")
        {
            Description = UserLanguage.Pick(
                "The Windows time zone id to count months and weeks in, e.g. 'W. Europe Standard Time' (default: the agreements' zone from agreements.csv; UTC without one).",
                "Die Windows-Zeitzonen-ID, in der Monate und Wochen gezählt werden, z. B. 'W. Europe Standard Time' (Standard: die Zone der Vereinbarungen aus agreements.csv; ohne sie UTC)."),
            CustomParser = ReportZone.Parse,
        };
        var csv = new CsvOptions();
        var command = new Command("report", "Report funnel, SLA clocks, rejections and never-worked leads from a CSV export; write the dashboard.")
        {
            input, baseline, output, zone, csv.Delimiter, csv.Excel,
        };
        command.SetAction(result =>
        {
            var console = result.InvocationConfiguration;
            var inFolder = result.GetValue(input)!.FullName;
            try
            {
                var reading = csv.InputOf(result);
                var tables = ReportCsv.Read(inFolder, reading);
                var report = FunnelReport.Of(tables, Path.GetFileName(inFolder.TrimEnd(Path.DirectorySeparatorChar)), result.GetValue(zone));
                var baselineFolder = result.GetValue(baseline)?.FullName;
                var comparison = baselineFolder == null
                    ? null
                    : FunnelReport.Comparison(report, FunnelReport.Of(ReportCsv.Read(baselineFolder, reading), Path.GetFileName(baselineFolder.TrimEnd(Path.DirectorySeparatorChar)), result.GetValue(zone)));
                ConsoleSummary.Write(console.Output, comparison == null ? report.Tables : [comparison, .. report.Tables.Skip(1)]);
                var dashboard = ReportOutput.Write(result.GetValue(output)?.FullName ?? inFolder, report, tables, comparison, csv.StyleOf(result));
                console.Output.WriteLine();
                console.Output.WriteLine($"Dashboard: {dashboard}");
                return ExitCodes.Done;
            }
            catch (Exception error) when (error is CsvFileException or IOException)
            {
                console.Error.WriteLine(error.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
