using System.CommandLine;

namespace CrmLeadSla.Cli.Walkthrough;

/// <summary>
/// <c>leadsla walkthrough</c>: loads the solution into the local Dataverse, sends a few leads and interactions
/// through the event pipeline as marketing and sales users, and prints what the registered plug-ins did.
/// </summary>
internal static class WalkthroughCommand
{
    public static Command Create()
    {
        var solution = new Option<string?>("--solution")
        {
            Description = "The solution to install: a folder in source form, or a zip leadsla pack wrote (default: the repository's Solution/).",
        };
        var command = new Command(
            "walkthrough",
            "Load the solution into the local Dataverse, run leads and interactions through the event pipeline, and print what the plug-ins did.")
        {
            solution,
        };
        command.SetAction(result =>
        {
            var run = new WalkthroughRun(Console.Out, result.GetValue(solution));
            return run.Execute();
        });
        return command;
    }
}
