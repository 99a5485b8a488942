using System.CommandLine;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.History;
using CrmLeadSla.Cli.ModelFiles;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Calibration;

/// <summary>
/// <c>leadsla calibrate --history FILE --out MODEL.json [--goal capacity:N/month | precision:P] [--current MODEL.json] [--delimiter SEP]</c>:
/// learns a scoring model of ordinary rules from a lead history and reports how it does on held-out leads.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var history = new Option<FileInfo>("--history") { Description = "The lead history CSV (docs/history-csv.md).", Required = true };
        history.AcceptExistingOnly();
        var output = new Option<FileInfo>("--out") { Description = "Where the proposed model's JSON is written.", Required = true };
        var goal = new Option<CalibrationGoal>("--goal")
        {
            Description = "capacity:N/month (MQLs sales can take) or precision:P (share of MQLs that should reach SQL); default: balanced.",
            CustomParser = argument =>
            {
                try
                {
                    return CalibrationGoal.Parse(argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty);
                }
                catch (FormatException problem)
                {
                    argument.AddError(problem.Message);
                    return CalibrationGoal.Balanced;
                }
            },
            DefaultValueFactory = _ => CalibrationGoal.Balanced,
        };
        var current = new Option<FileInfo>("--current") { Description = "The current model's JSON, to compare with on the same held-out leads." };
        current.AcceptExistingOnly();
        var halfLife = new Option<int?>("--half-life") { Description = "Days after which behaviour points halve (default: the current model's, else 30)." };
        var name = new Option<string>("--name") { Description = "The proposed model's name.", DefaultValueFactory = _ => "Calibrated model" };
        var csv = new CsvOptions();
        var command = new Command("calibrate", "Learn a scoring model of ordinary rules from a lead history and report on held-out leads.")
        {
            history, output, goal, current, halfLife, name, csv.Delimiter,
        };
        command.SetAction(result =>
        {
            var console = result.InvocationConfiguration;
            try
            {
                var options = new CalibrationOptions
                {
                    Goal = result.GetValue(goal)!,
                    HalfLifeDays = result.GetValue(halfLife),
                    Name = result.GetValue(name)!,
                    OptionLabel = LeadOptionLabels(),
                };
                var currentModel = result.GetValue(current) is FileInfo file ? ModelJson.Read(File.ReadAllText(file.FullName)) : null;
                var leads = HistoryFile.Read(result.GetValue(history)!.FullName, csv.InputOf(result));
                var calibration = HistoryCalibration.Run(leads, options, currentModel);
                File.WriteAllText(result.GetValue(output)!.FullName, ModelJson.Write(calibration.Proposed));
                CalibrationReportText.Write(console.Output, calibration);
                return ExitCodes.Done;
            }
            catch (Exception problem) when (problem is CsvFileException or ModelFileException or CalibrationRefusedException or IOException)
            {
                console.Error.WriteLine(problem.Message);
                return ExitCodes.Failure;
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
