using System.CommandLine;
using CrmLeadSla.Cli.Calibration;
using CrmLeadSla.Cli.ModelFiles;
using CrmLeadSla.Cli.Walkthrough;
using CrmLeadSla.Cli.WhatIf;

var root = new RootCommand("leadsla: the marketing–sales lead SLA for Dataverse, run and inspected from the command line.");
root.Subcommands.Add(WalkthroughCommand.Create());
root.Subcommands.Add(CalibrateCommand.Create());
root.Subcommands.Add(ScoreCommand.Create());
root.Subcommands.Add(ModelCommand.Create(LocalConnector.Connect));
return root.Parse(args).Invoke();
