using System.CommandLine;
using CrmLeadSla.Cli.History;
using CrmLeadSla.Cli.ModelFiles;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Calibration;

/// <summary>
/// <c>leadsla calibrate --history FILE --out MODEL.json [--goal capacity:N/month | precision:P] [--current MODEL.json]</c>:
/// learns a scoring model of ordinary rules from a lead history and reports how it does on held-out leads.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var history = new Option<FileInfo>("--history") { Description = "The lead history CSV (docs/history-csv.md).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where the proposed model's JSON is written.", Required = true };
        var goal = new Option<string?>("--goal") { Description = "capacity:N/month (MQLs sales can take) or precision:P (share of MQLs that should reach SQL); default: balanced." };
        var current = new Option<FileInfo?>("--current") { Description = "The current model's JSON, to compare with on the same held-out leads." };
        var halfLife = new Option<int?>("--half-life") { Description = "Days after which behaviour points halve (default: the current model's, else 30)." };
        var name = new Option<string>("--name") { Description = "The proposed model's name.", DefaultValueFactory = _ => "Calibrated model" };
        var command = new Command("calibrate", "Learn a scoring model of ordinary rules from a lead history and report on held-out leads.")
        {
            history, output, goal, current, halfLife, name,
        };
        command.SetAction(result =>
        {
            try
            {
                var options = new CalibrationOptions
                {
                    Goal = result.GetValue(goal) is string text ? CalibrationGoal.Parse(text) : CalibrationGoal.Balanced,
                    HalfLifeDays = result.GetValue(halfLife),
                    Name = result.GetValue(name)!,
                    OptionLabel = LeadOptionLabels(),
                };
                var currentModel = result.GetValue(current) is FileInfo file ? ModelJson.Read(File.ReadAllText(file.FullName)) : null;
                IReadOnlyList<HistoryLead> leads;
                using (var reader = File.OpenText(result.GetValue(history)!.FullName))
                {
                    leads = HistoryFile.Read(reader);
                }

                var calibration = HistoryCalibration.Run(leads, options, currentModel);
                File.WriteAllText(result.GetValue(output)!.FullName, ModelJson.Write(calibration.Proposed));
                CalibrationReportText.Write(Console.Out, calibration);
                return 0;
            }
            catch (Exception problem) when (problem is HistoryFormatException or ModelFileException or CalibrationRefusedException or FormatException or IOException)
            {
                Console.Error.WriteLine(problem.Message);
                return 2;
            }
        });
        return command;
    }

    // Labels from the lead table the solution ships with; without a solution folder at hand, rules show option values.
    private static Func<string, int, string?> LeadOptionLabels()
    {
        try
        {
            var lead = SolutionFolder.Load().Metadata.FindTable("lead");
            return (column, value) => lead?.Column(column)?.OptionSet?.Options.FirstOrDefault(option => option.Value == value)?.Label.In(1033) is { Length: > 0 } label ? label : null;
        }
        catch (SolutionSourceException)
        {
            return (_, _) => null;
        }
    }
}
