using System.CommandLine;
using CrmLeadSla.Cli.Bench;
using CrmLeadSla.Cli.Calibration;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Cli.ModelFiles;
using CrmLeadSla.Cli.Pack;
using CrmLeadSla.Cli.Reporting;
using CrmLeadSla.Cli.Simulation;
using CrmLeadSla.Cli.Walkthrough;
using CrmLeadSla.Cli.WhatIf;

namespace CrmLeadSla.Cli;

/// <summary>The <c>leadsla</c> command line: every command, parsed and run with the exit codes of <see cref="ExitCodes"/>.</summary>
public static class LeadSlaCommandLine
{
    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("leadsla: the marketing–sales lead SLA for Dataverse, run and inspected from the command line.");
        root.Subcommands.Add(WalkthroughCommand.Create());
        root.Subcommands.Add(PackCommand.Create());
        root.Subcommands.Add(CalibrateCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(SimulateCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(RescoreCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(ModelCommand.Create(LocalConnector.Connect));
        root.Subcommands.Add(DeployCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        return root;
    }

    /// <summary>Parses and runs a command line; a line that does not parse ends with <see cref="ExitCodes.UsageError"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="configuration">Where output and errors go (default: the console).</param>
    public static int Run(IReadOnlyList<string> args, InvocationConfiguration? configuration = null)
    {
        var parsed = Create().Parse(args);
        var code = parsed.Invoke(configuration ?? new InvocationConfiguration());
        return parsed.Errors.Count > 0 ? ExitCodes.UsageError : code;
    }
}
