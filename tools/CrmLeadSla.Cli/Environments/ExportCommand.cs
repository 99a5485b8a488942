using System.CommandLine;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.Output;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// <c>leadsla export --url URL --out DIR</c>: the environment's leads, stage transitions, SLA clocks and agreements as
/// the CSV files <c>leadsla report</c> reads (docs/report-csv.md), and its leads as the history file
/// <c>leadsla calibrate</c> reads (history.csv, docs/history-csv.md) — written by their own writers, into a staged
/// folder that moves into place only when every file is complete.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var connection = new EnvironmentConnection();
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = UserLanguage.Pick("The folder the CSV files are written to (created when missing).", "Der Ordner, in den die CSV-Dateien geschrieben werden (wird angelegt, wenn er fehlt)."),
            Required = true,
        }.AcceptFolderOnly();
        var csv = new CsvOptions();
        var command = new Command(
            "export",
            UserLanguage.Pick(
                "Export leads, stage transitions, SLA clocks and agreements for leadsla report, and the lead history for leadsla calibrate.",
                "Leads, Phasenwechsel, SLA-Fristen und Vereinbarungen für leadsla report exportieren, und die Lead-Historie für leadsla calibrate."))
        {
            output, csv.Excel,
        };
        connection.AddTo(command);
        command.WithExamples(
            new HelpExample("leadsla export --url http://127.0.0.1:5555 --out export", "Export from leadsla serve into export/.", "Aus leadsla serve nach export/ exportieren."),
            new HelpExample("leadsla export --url https://contoso.crm.dynamics.com --client-id APP-ID --device-code --out export --excel", "Export from an environment, signed in as a person, for German Excel.", "Aus einer Umgebung exportieren, als Person angemeldet, für deutsches Excel."));
        command.SetAction(result =>
        {
            var console = result.InvocationConfiguration;
            using var staged = StagedFolder.For(result.GetValue(output)!.FullName);
            using var client = connection.ClientFor(result);
            var written = EnvironmentExport.Write(new WebApiOrganizationService(client), staged.Path, csv.StyleOf(result));
            staged.Commit();
            console.Output.WriteLine(UserLanguage.Pick(
                $"Exported {written.Leads:N0} leads, {written.Transitions:N0} stage transitions and {written.Clocks:N0} SLA clocks to {staged.Target}.",
                $"{written.Leads:N0} Leads, {written.Transitions:N0} Phasenwechsel und {written.Clocks:N0} SLA-Fristen nach {staged.Target} exportiert."));
            return ExitCodes.Done;
        });
        return command;
    }
}
