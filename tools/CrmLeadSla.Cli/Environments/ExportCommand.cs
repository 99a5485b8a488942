using System.CommandLine;
using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// <c>leadsla export --url URL --out DIR</c>: the environment's leads, stage transitions, SLA clocks and agreements as
/// the CSV files <c>leadsla report</c> reads (docs/report-csv.md), and its leads as the history file
/// <c>leadsla calibrate</c> reads (history.csv, docs/history-csv.md) — written by their own writers.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var connection = new EnvironmentConnection();
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder the CSV files are written to.", Required = true };
        var csv = new CsvOptions();
        var command = new Command("export", "Export leads, stage transitions, SLA clocks and agreements for leadsla report, and the lead history for leadsla calibrate.")
        {
            output, csv.Excel,
        };
        connection.AddTo(command);
        command.SetAction(result =>
        {
            try
            {
                using var client = connection.ClientFor(result, Console.Error);
                var folder = result.GetValue(output)!.FullName;
                var written = EnvironmentExport.Write(new WebApiOrganizationService(client), folder, csv.StyleOf(result));
                Console.WriteLine($"Exported {written.Leads:N0} leads, {written.Transitions:N0} stage transitions and {written.Clocks:N0} SLA clocks to {folder}.");
                return 0;
            }
            catch (Exception e) when (e is WebApiException or EnvironmentSignInException or IOException)
            {
                Console.Error.WriteLine("leadsla export: " + e.Message);
                return 1;
            }
        });
        return command;
    }
}
