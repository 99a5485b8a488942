using System.CommandLine;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.Output;

namespace CrmLeadSla.Cli.Learning.WhatIf;

/// <summary>
/// <c>leadsla score --model MODEL.json --leads FILE [--format table|csv] [--out FILE] [--delimiter SEP] [--excel]</c>:
/// what-if scoring of a CSV of leads (the history format) with a model file, by the domain code the plug-ins run.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var model = new Option<FileInfo>("--model")
        {
            Description = UserLanguage.Pick("The model's JSON (leadsla model export, leadsla calibrate).", "Das JSON des Modells (leadsla model export, leadsla calibrate)."),
            Required = true,
        };
        model.AcceptExistingOnly();
        var leads = new Option<FileInfo>("--leads")
        {
            Description = UserLanguage.Pick("The leads, in the history CSV format (docs/history-csv.md); outcome may be left out.", "Die Leads im CSV-Format der Historie (docs/history-csv.md); outcome darf fehlen."),
            Required = true,
        };
        leads.AcceptExistingOnly();
        var format = new Option<string>("--format")
        {
            Description = UserLanguage.Pick("table (default) or csv.", "table (Standard) oder csv."),
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnly("table", "csv");
        var output = new Option<FileInfo?>("--out")
        {
            Description = UserLanguage.Pick("Where to write (default: the console).", "Wohin geschrieben wird (Standard: die Konsole)."),
        }.AcceptWritableFileOnly();
        var csv = new CsvOptions();
        var command = new Command(
            "score",
            UserLanguage.Pick(
                "What-if scoring: the index, grade and explanation each lead of a CSV gets under a model file.",
                "Was-wäre-wenn-Bewertung: Index, Note und Erklärung, die jeder Lead einer CSV-Datei unter einer Modelldatei erhält."))
        {
            model, leads, format, output, csv.Delimiter, csv.Excel,
        };
        command.WithExamples(
            new HelpExample("leadsla score --model model.json --leads leads.csv", "Each lead's index and why, on the console.", "Index jedes Leads und warum, auf der Konsole."),
            new HelpExample("leadsla score --model model.json --leads leads.csv --format csv --out scored.csv --excel", "The scores as a CSV file for German Excel.", "Die Bewertungen als CSV-Datei für deutsches Excel."));
        command.SetAction(result =>
        {
            var console = result.InvocationConfiguration;
            var compiled = ModelJson.Read(File.ReadAllText(result.GetValue(model)!.FullName)).Compile();
            var read = HistoryFile.Read(result.GetValue(leads)!.FullName, csv.InputOf(result));
            var scored = read.Select(lead => (lead, WhatIfScoring.Score(compiled, lead))).ToArray();
            using var staged = result.GetValue(output) is FileInfo file ? new StagedFile(file.FullName) : null;
            if (result.GetValue(format) == "csv")
            {
                using var sheet = staged is null ? CsvSheetWriter.To(console.Output, csv.StyleOf(result)) : CsvSheetWriter.ToFile(staged.Path, csv.StyleOf(result));
                ScoredLeads.WriteCsv(sheet, scored);
            }
            else
            {
                using var writer = staged is null ? null : new StreamWriter(staged.Path);
                ScoredLeads.WriteTable(writer ?? console.Output, scored);
            }

            staged?.Commit();
            return ExitCodes.Done;
        });
        return command;
    }
}
