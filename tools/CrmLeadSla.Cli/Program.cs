using System.CommandLine;
using CrmLeadSla.Cli.Pack;
using CrmLeadSla.Cli.Calibration;
using CrmLeadSla.Cli.Reporting;
using CrmLeadSla.Cli.Simulation;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Cli.Walkthrough;

var root = new RootCommand("leadsla: the marketing–sales lead SLA for Dataverse, run and inspected from the command line.");
root.Subcommands.Add(WalkthroughCommand.Create());
root.Subcommands.Add(PackCommand.Create());
root.Subcommands.Add(CalibrateCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(SimulateCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(RescoreCommand.Create());
root.Subcommands.Add(DeployCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
return root.Parse(args).Invoke();
