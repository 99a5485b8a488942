using System.CommandLine;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.Output;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// <c>leadsla calibrate --history FILE --out MODEL.json [--goal capacity:N/month | precision:P] [--current MODEL.json|URL] [--delimiter SEP]</c>:
/// learns a scoring model of ordinary rules from a lead history and reports how it does on held-out leads.
/// </summary>
internal static class CalibrateCommand
{
    /// <summary>The range of <c>--half-life</c>: 0 (no decay) to ten years.</summary>
    public static readonly OptionLimit HalfLifeLimit = new("--half-life", 0, 3_650);

    public static Command Create()
    {
        var history = new Option<FileInfo>("--history")
        {
            Description = UserLanguage.Pick("The lead history CSV (docs/history-csv.md).", "Die CSV-Datei der Lead-Historie (docs/history-csv.md)."),
            Required = true,
        };
        history.AcceptExistingOnly();
        var output = new Option<FileInfo>("--out")
        {
            Description = UserLanguage.Pick("Where the proposed model's JSON is written.", "Wohin das JSON des vorgeschlagenen Modells geschrieben wird."),
            Required = true,
        }.AcceptWritableFileOnly();
        var goal = new Option<CalibrationGoal>("--goal")
        {
            Description = UserLanguage.Pick(
                "capacity:N/month (MQLs sales can take) or precision:P (share of MQLs that should reach SQL); default: balanced.",
                "capacity:N/month (MQLs, die der Vertrieb aufnehmen kann) oder precision:P (Anteil der MQLs, die SQL erreichen sollen); Standard: ausgewogen."),
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
        var current = new Option<string?>("--current")
        {
            Description = UserLanguage.Pick(
                "The current model, to compare with on the same held-out leads: its JSON file, or an environment's address whose active model is read (signed in with --client-id or --token as the environment commands are).",
                "Das aktuelle Modell, um auf denselben zurückgehaltenen Leads zu vergleichen: seine JSON-Datei oder die Adresse einer Umgebung, deren aktives Modell gelesen wird (angemeldet mit --client-id oder --token wie bei den Umgebungsbefehlen)."),
        };
        current.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is string given && EnvironmentConnection.AddressOf(given) is null && !File.Exists(given))
            {
                result.AddError(UserLanguage.Pick(
                    $"--current '{given}' is neither a model file that exists nor an environment's address (https://ORG.crm.dynamics.com, http://127.0.0.1:PORT for leadsla serve).",
                    $"--current '{given}' ist weder eine vorhandene Modelldatei noch die Adresse einer Umgebung (https://ORG.crm.dynamics.com, http://127.0.0.1:PORT für leadsla serve)."));
            }
        });
        var connection = new EnvironmentConnection(UrlOption.None);
        var halfLife = WholeNumberOption.Optional(
            HalfLifeLimit,
            UserLanguage.Pick("Days after which behaviour points halve; 0 for no decay (default: the current model's, else 30).", "Tage, nach denen Verhaltenspunkte sich halbieren; 0 für kein Abklingen (Standard: die des aktuellen Modells, sonst 30)."));
        var name = new Option<string>("--name")
        {
            Description = UserLanguage.Pick("The proposed model's name.", "Der Name des vorgeschlagenen Modells."),
            DefaultValueFactory = _ => "Calibrated model",
        };
        var csv = new CsvOptions();
        var command = new Command(
            "calibrate",
            UserLanguage.Pick(
                "Learn a scoring model of ordinary rules from a lead history and report on held-out leads.",
                "Ein Bewertungsmodell aus gewöhnlichen Regeln aus einer Lead-Historie lernen und an zurückgehaltenen Leads prüfen."))
        {
            history, output, goal, current, halfLife, name, csv.Delimiter,
        };
        connection.AddTo(command);
        command.WithExamples(
            new HelpExample("leadsla calibrate --history leadsla-simulation/history.csv --out model.json", "Learn a model from the simulation's history.", "Ein Modell aus der Historie der Simulation lernen."),
            new HelpExample("leadsla calibrate --history history.csv --out model.json --goal capacity:120/month --current current.json", "Fit the MQL threshold to what sales can take, compared with the current model.", "Die MQL-Schwelle an die Kapazität des Vertriebs anpassen, verglichen mit dem aktuellen Modell."),
            new HelpExample("leadsla calibrate --history export/history.csv --out model.json --current http://127.0.0.1:5555", "Compared with the model active in leadsla serve.", "Verglichen mit dem in leadsla serve aktiven Modell."));
        command.SetAction(result =>
        {
            var console = result.InvocationConfiguration;
            var options = new CalibrationOptions
            {
                Goal = result.GetValue(goal)!,
                HalfLifeDays = result.GetValue(halfLife),
                Name = result.GetValue(name)!,
                OptionLabel = LeadOptionLabels(),
            };
            var currentModel = result.GetValue(current) is string given ? CurrentModel(given, connection, result) : null;
            var leads = HistoryFile.Read(result.GetValue(history)!.FullName, csv.InputOf(result));
            var calibration = HistoryCalibration.Run(leads, options, currentModel);
            StagedFile.WriteAllText(result.GetValue(output)!.FullName, ModelJson.Write(calibration.Proposed));
            CalibrationReportText.Write(console.Output, calibration);
            return ExitCodes.Done;
        });
        return command;
    }

    // The model to compare with: from its file, or the active one of the environment at that address.
    private static ModelDefinition CurrentModel(string given, EnvironmentConnection connection, ParseResult result)
    {
        if (EnvironmentConnection.AddressOf(given) is not Uri environment)
        {
            return ModelJson.Read(File.ReadAllText(given));
        }

        using var client = connection.ClientFor(result, environment);
        return ModelRecords.Export(new WebApiOrganizationService(client), null);
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
