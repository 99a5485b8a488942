using System.CommandLine;
using System.Diagnostics;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.Output;
using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.LocalDataverse;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// <c>leadsla simulate</c>: runs a synthetic market through the real solution on the local Dataverse and writes
/// the export tables, the report's CSV files and the dashboard into <c>--out</c>.
/// </summary>
public static class SimulateCommand
{
    /// <summary>The baseline's subfolder when both runs are made.</summary>
    public const string BaselineFolder = "no-sla";

    /// <summary>The command with its options.</summary>
    public static Command Create()
    {
        var defaults = new SimulationSettings();
        var leads = WholeNumberOption.Create(SimulationSettings.LeadsLimit, UserLanguage.Pick("Prospects that become leads.", "Interessenten, die zu Leads werden."), defaults.Leads);
        var days = WholeNumberOption.Create(SimulationSettings.DaysLimit, UserLanguage.Pick("Simulated days.", "Simulierte Tage."), defaults.Days);
        var seed = WholeNumberOption.Create(
            new OptionLimit("--seed", int.MinValue, int.MaxValue),
            UserLanguage.Pick("Seed of every random choice: the same seed gives the same report.", "Startwert jeder Zufallswahl: derselbe Startwert ergibt denselben Bericht."),
            defaults.Seed);
        var reps = WholeNumberOption.Create(SimulationSettings.SalesRepsLimit, UserLanguage.Pick("Sales users.", "Benutzer im Vertrieb."), defaults.SalesReps);
        var marketers = WholeNumberOption.Create(SimulationSettings.MarketersLimit, UserLanguage.Pick("Marketing users.", "Benutzer im Marketing."), defaults.Marketers);
        var noSla = new Option<bool>("--no-sla")
        {
            Description = UserLanguage.Pick(
                "The same market without the agreement: no hand-over rule, deadlines or clocks; sales picks from the pool.",
                "Derselbe Markt ohne die Vereinbarung: keine Übergaberegel und keine SLA-Fristen; der Vertrieb bedient sich aus dem Pool."),
        };
        var compare = new Option<bool>("--compare")
        {
            Description = UserLanguage.Pick("Run the market with and without the SLA and show both side by side.", "Den Markt mit und ohne SLA durchspielen und beide nebeneinander zeigen."),
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = UserLanguage.Pick("Where to write the dashboard, the CSV tables and history.csv.", "Wohin das Dashboard, die CSV-Tabellen und history.csv geschrieben werden."),
            DefaultValueFactory = _ => new DirectoryInfo("leadsla-simulation"),
        }.AcceptFolderOnly();
        var solution = SolutionOption.FolderOrZip();
        var csv = new CsvOptions();
        var command = new Command(
            "simulate",
            UserLanguage.Pick(
                "Simulate a market of leads, a marketing and a sales team over time on the local Dataverse with the real solution; print the report and write the dashboard.",
                "Einen Markt von Leads, ein Marketing- und ein Vertriebsteam über die Zeit auf dem lokalen Dataverse mit der echten Lösung simulieren; den Bericht zeigen und das Dashboard schreiben."))
        {
            leads, days, seed, reps, marketers, noSla, compare, output, solution, csv.Excel,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(noSla) && result.GetValue(compare))
            {
                result.AddError(UserLanguage.Pick(
                    "--no-sla and --compare exclude each other: --compare already runs the market without the SLA as well.",
                    "--no-sla und --compare schließen einander aus: --compare spielt den Markt bereits auch ohne SLA durch."));
            }
        });
        command.WithExamples(
            new HelpExample("leadsla simulate", "1,500 leads over 90 days; the dashboard in leadsla-simulation/.", "1.500 Leads über 90 Tage; das Dashboard in leadsla-simulation/."),
            new HelpExample("leadsla simulate --compare --out compare", "The same market with and without the SLA, side by side.", "Derselbe Markt mit und ohne SLA, nebeneinander."),
            new HelpExample("leadsla simulate --leads 20000 --days 365 --sales-reps 12 --excel", "A year of a larger market, CSV files for German Excel.", "Ein Jahr eines größeren Markts, CSV-Dateien für deutsches Excel."));
        command.SetAction(result =>
        {
            var settings = new SimulationSettings(result.GetValue(leads), result.GetValue(days), result.GetValue(seed), result.GetValue(reps), result.GetValue(marketers), !result.GetValue(noSla));
            return Run(settings, result.GetValue(compare), result.GetValue(output)!.FullName, result.GetValue(solution), result.InvocationConfiguration.Output, csv.StyleOf(result));
        });
        return command;
    }

    /// <summary>
    /// Runs the simulation (and with <paramref name="compare"/> the baseline too), prints the summary, writes the files
    /// (CSV in <paramref name="style"/>, default plain); returns the exit code. <paramref name="solutionPath"/> is a
    /// solution folder or a packed zip (null: the repository's Solution/).
    /// </summary>
    public static int Run(SimulationSettings settings, bool compare, string outFolder, string? solutionPath, TextWriter console, CsvStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        var written = style ?? CsvStyle.Plain;
        var first = SimulationRun.Install(settings, solutionPath);
        console.WriteLine(UserLanguage.Pick(
            $"Solution {first.Solution.UniqueName} {first.Solution.Version} from {first.Origin}",
            $"Lösung {first.Solution.UniqueName} {first.Solution.Version} aus {first.Origin}"));
        foreach (var note in first.ImportNotes)
        {
            console.WriteLine(UserLanguage.Pick($"  import note: {note}", $"  Hinweis zum Import: {note}"));
        }

        // Written out of sight and moved into place at the end: a run that fails leaves no half-written folder.
        using var staged = StagedFolder.For(outFolder);
        var main = Simulate(settings, first, staged.Path, console, written);
        FunnelReport? compared = null;
        if (compare)
        {
            var baseline = Simulate(settings with { WithSla = false }, SimulationRun.Install(settings, solutionPath), Path.Combine(staged.Path, BaselineFolder), console, written);
            compared = baseline.Report;
            ReportOutput.Write(Path.Combine(staged.Path, BaselineFolder), baseline.Report, baseline.Tables, null, written);
        }

        ConsoleSummary.Write(console, main.Report.Shown(compared));
        var dashboard = staged.InTarget(ReportOutput.Write(staged.Path, main.Report, main.Tables, compared, written));
        staged.Commit();
        console.WriteLine();
        console.WriteLine(UserLanguage.Pick(
            $"Peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB",
            $"Höchster Speicherbedarf: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB"));
        console.WriteLine(ReportWords.DashboardWritten(dashboard));
        return ExitCodes.Done;
    }

    private static (FunnelReport Report, ReportTables Tables) Simulate(SimulationSettings settings, SolutionOrganization installed, string folder, TextWriter console, CsvStyle style)
    {
        var title = settings.WithSla ? ReportWords.WithSla : ReportWords.WithoutSla;
        console.WriteLine(settings.WithSla
            ? UserLanguage.Pick(
                $"Simulating {settings.Leads:N0} leads over {settings.Days:N0} days with the SLA (seed {settings.Seed}, {settings.SalesReps:N0} sales reps, {settings.Marketers:N0} marketers)",
                $"Simuliere {settings.Leads:N0} Leads über {settings.Days:N0} Tage mit SLA (Startwert {settings.Seed}, {settings.SalesReps:N0} Vertriebler, {settings.Marketers:N0} Marketer)")
            : UserLanguage.Pick(
                $"Simulating {settings.Leads:N0} leads over {settings.Days:N0} days without the SLA (seed {settings.Seed}, {settings.SalesReps:N0} sales reps, {settings.Marketers:N0} marketers)",
                $"Simuliere {settings.Leads:N0} Leads über {settings.Days:N0} Tage ohne SLA (Startwert {settings.Seed}, {settings.SalesReps:N0} Vertriebler, {settings.Marketers:N0} Marketer)"));
        var watch = Stopwatch.StartNew();
        var outcome = new SimulationRun(settings).Execute(installed, ProgressBar.ForConsole(UserLanguage.Pick("  simulating", "  simuliere")).Show);
        console.WriteLine(UserLanguage.Pick(
            $"  {watch.Elapsed.TotalSeconds:N1} s, {outcome.Requests:N0} organization-service requests",
            $"  {watch.Elapsed.TotalSeconds:N1} s, {outcome.Requests:N0} Anfragen an den Organisationsdienst"));
        foreach (var (refusal, count) in outcome.Refusals.OrderByDescending(r => r.Value).Take(5))
        {
            console.WriteLine(UserLanguage.Pick($"  refused {count:N0}×: {refusal}", $"  {count:N0}× abgelehnt: {refusal}"));
        }

        ReportCsv.Write(outcome.Tables, folder, style);
        LeadHistory.Write(folder, settings, outcome.Tables, style);
        return (FunnelReport.Of(outcome.Tables, title), outcome.Tables);
    }
}
