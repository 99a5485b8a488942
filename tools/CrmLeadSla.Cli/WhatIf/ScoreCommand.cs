using System.CommandLine;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.History;
using CrmLeadSla.Cli.ModelFiles;

namespace CrmLeadSla.Cli.WhatIf;

/// <summary>
/// <c>leadsla score --model MODEL.json --leads FILE [--format table|csv] [--out FILE] [--delimiter SEP] [--excel]</c>:
/// what-if scoring of a CSV of leads (the history format) with a model file, by the domain code the plug-ins run.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var model = new Option<FileInfo>("--model") { Description = "The model's JSON (leadsla model export, leadsla calibrate).", Required = true };
        model.AcceptExistingOnly();
        var leads = new Option<FileInfo>("--leads") { Description = "The leads, in the history CSV format (docs/history-csv.md); outcome may be left out.", Required = true };
        leads.AcceptExistingOnly();
        var format = new Option<string>("--format") { Description = "table (default) or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var output = new Option<FileInfo?>("--out") { Description = "Where to write (default: the console)." };
        var csv = new CsvOptions();
        var command = new Command("score", "What-if scoring: the index, grade and explanation each lead of a CSV gets under a model file.")
        {
            model, leads, format, output, csv.Delimiter, csv.Excel,
        };
        command.SetAction(result =>
        {
            var console = result.InvocationConfiguration;
            try
            {
                var compiled = ModelJson.Read(File.ReadAllText(result.GetValue(model)!.FullName)).Compile();
                var read = HistoryFile.Read(result.GetValue(leads)!.FullName, csv.InputOf(result));
                var scored = read.Select(lead => (lead, WhatIfScoring.Score(compiled, lead))).ToArray();
                var file = result.GetValue(output)?.FullName;
                if (result.GetValue(format) == "csv")
                {
                    using var sheet = file is null ? CsvSheetWriter.To(console.Output, csv.StyleOf(result)) : CsvSheetWriter.ToFile(file, csv.StyleOf(result));
                    ScoredLeads.WriteCsv(sheet, scored);
                }
                else
                {
                    using var writer = file is null ? null : new StreamWriter(file);
                    ScoredLeads.WriteTable(writer ?? console.Output, scored);
                }

                return ExitCodes.Done;
            }
            catch (Exception problem) when (problem is CsvFileException or ModelFileException or IOException)
            {
                console.Error.WriteLine(problem.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
