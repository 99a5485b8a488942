using System.CommandLine;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.Output;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// <c>leadsla report --in DIR [--baseline DIR] [--out DIR] [--timezone ID] [--delimiter SEP] [--excel]</c>: the report of an export
/// (docs/report-csv.md): the console summary, the dashboard and the CSV files of its tables.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--in")
        {
            Description = UserLanguage.Pick("The folder of the export: leads.csv, transitions.csv, clocks.csv, agreements.csv.", "Der Ordner des Exports: leads.csv, transitions.csv, clocks.csv, agreements.csv."),
            Required = true,
        };
        input.AcceptExistingOnly();
        var baseline = new Option<DirectoryInfo>("--baseline")
        {
            Description = UserLanguage.Pick("A second export to show side by side, e.g. a run without the SLA.", "Ein zweiter Export zum Vergleich daneben, z. B. ein Lauf ohne SLA."),
        };
        baseline.AcceptExistingOnly();
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = UserLanguage.Pick("Where to write the dashboard and the report's CSV files (default: the --in folder).", "Wohin das Dashboard und die CSV-Dateien des Berichts geschrieben werden (Standard: der --in-Ordner)."),
        }.AcceptFolderOnly();
        var zone = new Option<TimeZoneInfo?>("--timezone")
        {
            Description = UserLanguage.Pick(
                "The Windows time zone id to count months and weeks in, e.g. 'W. Europe Standard Time' (default: the agreements' zone from agreements.csv; UTC without one).",
                "Die Windows-Zeitzonen-ID, in der Monate und Wochen gezählt werden, z. B. 'W. Europe Standard Time' (Standard: die Zone der Vereinbarungen aus agreements.csv; ohne sie UTC)."),
            CustomParser = ReportZone.Parse,
        };
        var csv = new CsvOptions();
        var command = new Command(
            "report",
            UserLanguage.Pick(
                "Report funnel, SLA clocks, rejections and never-worked leads from a CSV export; write the dashboard.",
                "Trichter, SLA-Fristen, Ablehnungen und nie bearbeitete Leads aus einem CSV-Export berichten; das Dashboard schreiben."))
        {
            input, baseline, output, zone, csv.Delimiter, csv.Excel,
        };
        command.WithExamples(
            new HelpExample("leadsla report --in export", "The report of leadsla export's folder, the dashboard beside the files.", "Der Bericht des Ordners von leadsla export, das Dashboard neben den Dateien."),
            new HelpExample("leadsla report --in leadsla-simulation --baseline leadsla-simulation/no-sla --out compared", "Two runs side by side.", "Zwei Läufe nebeneinander."),
            new HelpExample("leadsla report --in excel-export --delimiter ';' --excel", "Files saved by German Excel, report written for it too.", "Von deutschem Excel gespeicherte Dateien, der Bericht ebenfalls dafür geschrieben."));
        command.SetAction(result =>
        {
            var console = result.InvocationConfiguration;
            var inFolder = result.GetValue(input)!.FullName;
            var reading = csv.InputOf(result);
            var tables = ReportCsv.Read(inFolder, reading);
            var report = FunnelReport.Of(tables, Path.GetFileName(inFolder.TrimEnd(Path.DirectorySeparatorChar)), result.GetValue(zone));
            var baselineFolder = result.GetValue(baseline)?.FullName;
            var compared = baselineFolder == null
                ? null
                : FunnelReport.Of(ReportCsv.Read(baselineFolder, reading), Path.GetFileName(baselineFolder.TrimEnd(Path.DirectorySeparatorChar)), result.GetValue(zone));
            ConsoleSummary.Write(console.Output, report.Shown(compared));
            using var staged = StagedFolder.For(result.GetValue(output)?.FullName ?? inFolder);
            var dashboard = staged.InTarget(ReportOutput.Write(staged.Path, report, tables, compared, csv.StyleOf(result)));
            staged.Commit();
            console.Output.WriteLine();
            console.Output.WriteLine(ReportWords.DashboardWritten(dashboard));
            return ExitCodes.Done;
        });
        return command;
    }
}
