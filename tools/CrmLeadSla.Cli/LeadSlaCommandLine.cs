using System.CommandLine;
using System.CommandLine.Invocation;
using CrmLeadSla.Cli.Shipping.Bench;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.Learning.Calibration;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Shipping.Pack;
using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Cli.Agreement.Simulation;
using CrmLeadSla.Cli.Agreement.Walkthrough;
using CrmLeadSla.Cli.Learning.WhatIf;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli;

/// <summary>
/// The <c>leadsla</c> command line: every command, parsed and run with the exit codes of <see cref="ExitCodes"/>. A
/// call that does not parse shows what is wrong with it (not the whole help) and ends with
/// <see cref="ExitCodes.UsageError"/>; a command that fails shows one sentence (<see cref="CommandFailure"/>).
/// </summary>
public static class LeadSlaCommandLine
{
    /// <summary>The option that shows traces and, on failure, the stack trace.</summary>
    public const string VerboseOption = "--verbose";

    /// <summary>The option that chooses the language of the texts.</summary>
    public const string LanguageOption = "--lang";

    /// <summary>The commands in the groups the overview shows them in.</summary>
    public static IReadOnlyList<CommandGroup> Groups { get; } =
    [
        new("Run the agreement", "Die Vereinbarung durchspielen", ["simulate", "walkthrough", "report"]),
        new("Work with an environment", "Mit einer Umgebung arbeiten", ["serve", "deploy", "rescore", "export", "model"]),
        new("Learn and score", "Lernen und bewerten", ["calibrate", "score"]),
        new("Build and ship", "Bauen und ausliefern", ["pack", "bench"]),
    ];

    /// <summary>The root command with every subcommand, in the user's language.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand(UserLanguage.Pick(
            "leadsla: the marketing–sales lead SLA for Dataverse, run and inspected from the command line.",
            "leadsla: die Lead-SLA zwischen Marketing und Vertrieb für Dataverse, ausgeführt und geprüft auf der Kommandozeile."));
        root.Subcommands.Add(SimulateCommand.Create());
        root.Subcommands.Add(WalkthroughCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DeployCommand.Create());
        root.Subcommands.Add(RescoreCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ModelCommand.Create(LocalConnector.Connect));
        root.Subcommands.Add(CalibrateCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(PackCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Options.Add(new Option<bool>(VerboseOption)
        {
            Description = UserLanguage.Pick("Show what happens in detail, and the stack trace of a failure.", "Ausführlich zeigen, was geschieht, und bei einem Fehler den Stack-Trace."),
            Recursive = true,
        });
        var language = new Option<string?>(LanguageOption)
        {
            Description = UserLanguage.Pick("The language of the texts: de or en (default: the system's).", "Die Sprache der Texte: de oder en (Standard: die des Systems)."),
            Recursive = true,
        };
        language.AcceptOnly([.. UserLanguage.Languages]);
        root.Options.Add(language);
        root.WithExamples(
            new HelpExample("leadsla simulate", "Simulate 1,500 leads over 90 days and write the dashboard.", "1.500 Leads über 90 Tage simulieren und das Dashboard schreiben."),
            new HelpExample("leadsla walkthrough --lang de", "Follow two leads through the funnel, in German.", "Zwei Leads durch den Trichter verfolgen, auf Deutsch."),
            new HelpExample("leadsla serve --sample", "Serve a populated local Dataverse over the Web API.", "Ein gefülltes lokales Dataverse über die Web API bereitstellen."));
        CommandHelp.Install(root, Groups);
        return root;
    }

    /// <summary>Parses and runs a command line; returns its exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="configuration">Where output and errors go (default: the console).</param>
    public static int Run(IReadOnlyList<string> args, InvocationConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = configuration ?? new InvocationConfiguration();
        console.EnableDefaultExceptionHandler = false;
        using var language = UserLanguage.Use(UserLanguage.Requested(args));
        var parsed = Create().Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            return UsageErrors(parsed, console.Error);
        }

        try
        {
            return parsed.Invoke(console);
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine(UserLanguage.Pick("Stopped.", "Abgebrochen."));
            return ExitCodes.Failure;
        }
        catch (Exception failure)
        {
            return CommandFailure.Report(parsed, failure, parsed.GetValue<bool>(VerboseOption), console.Error);
        }
    }

    // Each problem on a line of its own, then where the options are explained: no help dump that buries the problem.
    private static int UsageErrors(ParseResult parsed, TextWriter error)
    {
        var command = CommandFailure.CommandPath(parsed);
        foreach (var problem in parsed.Errors.Select(e => e.Message).Distinct())
        {
            error.WriteLine($"{command}: {problem}");
        }

        error.WriteLine(UserLanguage.Pick($"'{command} --help' shows the options and examples.", $"'{command} --help' zeigt die Optionen und Beispiele."));
        return ExitCodes.UsageError;
    }
}
