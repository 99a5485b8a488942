using System.CommandLine;
using System.Diagnostics;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Reporting;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Simulation;

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
        var leads = new Option<int>("--leads") { Description = "Prospects that become leads.", DefaultValueFactory = _ => defaults.Leads };
        var days = new Option<int>("--days") { Description = "Simulated days.", DefaultValueFactory = _ => defaults.Days };
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice: the same seed gives the same report.", DefaultValueFactory = _ => defaults.Seed };
        var reps = new Option<int>("--sales-reps") { Description = "Sales users.", DefaultValueFactory = _ => defaults.SalesReps };
        var marketers = new Option<int>("--marketers") { Description = "Marketing users.", DefaultValueFactory = _ => defaults.Marketers };
        var noSla = new Option<bool>("--no-sla") { Description = "The same market without the agreement: no hand-over rule, deadlines or clocks; sales picks from the pool." };
        var compare = new Option<bool>("--compare") { Description = "Run the market with and without the SLA and show both side by side." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write the dashboard, the CSV tables and history.csv.", DefaultValueFactory = _ => new DirectoryInfo("leadsla-simulation") };
        var solution = new Option<string?>("--solution") { Description = "The solution to install: a folder in source form, or a zip leadsla pack wrote (default: the repository's Solution/)." };
        var csv = new CsvOptions();
        var command = new Command("simulate", "Simulate a market of leads, a marketing and a sales team over time on the local Dataverse with the real solution; print the report and write the dashboard.")
        {
            leads, days, seed, reps, marketers, noSla, compare, output, solution, csv.Excel,
        };
        command.SetAction(result =>
        {
            var settings = new SimulationSettings(result.GetValue(leads), result.GetValue(days), result.GetValue(seed), result.GetValue(reps), result.GetValue(marketers), !result.GetValue(noSla));
            if (settings.Problems() is { Count: > 0 } problems)
            {
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine(problem);
                }

                return 2;
            }

            if (!settings.WithSla && result.GetValue(compare))
            {
                Console.Error.WriteLine("--no-sla and --compare exclude each other: --compare already runs the market without the SLA as well.");
                return 2;
            }

            return Run(settings, result.GetValue(compare), result.GetValue(output)!.FullName, result.GetValue(solution), Console.Out, csv.StyleOf(result));
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
        ArgumentNullException.ThrowIfNull(console);
        var written = style ?? CsvStyle.Plain;
        SolutionOrganization first;
        try
        {
            first = SimulationRun.Install(settings, solutionPath);
        }
        catch (Exception error) when (error is SolutionSourceException or SolutionImportException)
        {
            console.WriteLine(error.Message);
            return 2;
        }

        console.WriteLine($"Solution {first.Solution.UniqueName} {first.Solution.Version} from {first.Origin}");
        foreach (var note in first.ImportNotes)
        {
            console.WriteLine($"  import note: {note}");
        }

        var main = Simulate(settings, first, outFolder, console, written);
        ReportTable? comparison = null;
        if (compare)
        {
            var baseline = Simulate(settings with { WithSla = false }, SimulationRun.Install(settings, solutionPath), Path.Combine(outFolder, BaselineFolder), console, written);
            comparison = FunnelReport.Comparison(main.Report, baseline.Report);
            ReportOutput.Write(Path.Combine(outFolder, BaselineFolder), baseline.Report, baseline.Tables, null, written);
        }

        ConsoleSummary.Write(console, comparison == null ? main.Report.Tables : [comparison, .. main.Report.Tables.Skip(1)]);
        var dashboard = ReportOutput.Write(outFolder, main.Report, main.Tables, comparison, written);
        console.WriteLine();
        console.WriteLine($"Peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        console.WriteLine($"Dashboard: {dashboard}");
        return 0;
    }

    private static (FunnelReport Report, ReportTables Tables) Simulate(SimulationSettings settings, SolutionOrganization installed, string folder, TextWriter console, CsvStyle style)
    {
        var title = settings.WithSla ? "with the SLA" : "without the SLA";
        console.WriteLine($"Simulating {settings.Leads} leads over {settings.Days} days {title} (seed {settings.Seed}, {settings.SalesReps} sales reps, {settings.Marketers} marketers)");
        var watch = Stopwatch.StartNew();
        var outcome = new SimulationRun(settings).Execute(installed, ProgressBar.ForConsole("  simulating").Show);
        console.WriteLine($"  {watch.Elapsed.TotalSeconds:0.0} s, {outcome.Requests} organization-service requests");
        foreach (var (refusal, count) in outcome.Refusals.OrderByDescending(r => r.Value).Take(5))
        {
            console.WriteLine($"  refused {count}×: {refusal}");
        }

        ReportCsv.Write(outcome.Tables, folder, style);
        LeadHistory.Write(folder, settings, outcome.Tables, style);
        return (FunnelReport.Of(outcome.Tables, title), outcome.Tables);
    }
}
