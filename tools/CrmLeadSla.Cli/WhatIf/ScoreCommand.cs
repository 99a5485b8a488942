using System.CommandLine;
using CrmLeadSla.Cli.History;
using CrmLeadSla.Cli.ModelFiles;

namespace CrmLeadSla.Cli.WhatIf;

/// <summary>
/// <c>leadsla score --model MODEL.json --leads FILE [--format table|csv] [--out FILE]</c>: what-if scoring of a CSV of
/// leads (the history format) with a model file, by the domain code the plug-ins run.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var model = new Option<FileInfo>("--model") { Description = "The model's JSON (leadsla model export, leadsla calibrate).", Required = true };
        var leads = new Option<FileInfo>("--leads") { Description = "The leads, in the history CSV format (docs/history-csv.md); outcome may be left out.", Required = true };
        var format = new Option<string>("--format") { Description = "table (default) or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var output = new Option<FileInfo?>("--out") { Description = "Where to write (default: the console)." };
        var command = new Command("score", "What-if scoring: the index, grade and explanation each lead of a CSV gets under a model file.")
        {
            model, leads, format, output,
        };
        command.SetAction(result =>
        {
            try
            {
                var compiled = ModelJson.Read(File.ReadAllText(result.GetValue(model)!.FullName)).Compile();
                IReadOnlyList<HistoryLead> read;
                using (var reader = File.OpenText(result.GetValue(leads)!.FullName))
                {
                    read = HistoryFile.Read(reader);
                }

                var scored = read.Select(lead => (lead, WhatIfScoring.Score(compiled, lead))).ToArray();
                using var writer = result.GetValue(output) is FileInfo file ? new StreamWriter(file.FullName) : null;
                var target = writer ?? Console.Out;
                if (result.GetValue(format) == "csv")
                {
                    ScoredLeads.WriteCsv(target, scored);
                }
                else
                {
                    ScoredLeads.WriteTable(target, scored);
                }

                return 0;
            }
            catch (Exception problem) when (problem is HistoryFormatException or ModelFileException or IOException)
            {
                Console.Error.WriteLine(problem.Message);
                return 2;
            }
        });
        return command;
    }
}
