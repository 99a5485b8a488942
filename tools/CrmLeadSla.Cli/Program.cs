using System.CommandLine;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Cli.Walkthrough;

var root = new RootCommand("leadsla: the marketing–sales lead SLA for Dataverse, run and inspected from the command line.");
root.Subcommands.Add(WalkthroughCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(RescoreCommand.Create());
return root.Parse(args).Invoke();
