using System.CommandLine;
using CrmLeadSla.Cli.Options;

namespace CrmLeadSla.Cli.Agreement.Walkthrough;

/// <summary>
/// <c>leadsla walkthrough</c>: loads the solution into the local Dataverse, sends a few leads and interactions
/// through the event pipeline as marketing and sales users, and tells what happened to each lead and why
/// (with <c>--verbose</c>, what each plug-in traced).
/// </summary>
internal static class WalkthroughCommand
{
    public static Command Create()
    {
        var solution = SolutionOption.FolderOrZip();
        var command = new Command(
            "walkthrough",
            UserLanguage.Pick(
                "A guided tour: two leads through the funnel on the local Dataverse, what happened to each and why.",
                "Eine Führung: zwei Leads durch den Trichter auf dem lokalen Dataverse, was mit jedem geschah und warum."))
        {
            solution,
        };
        command.WithExamples(
            new HelpExample("leadsla walkthrough", "The tour in the system's language.", "Die Führung in der Sprache des Systems."),
            new HelpExample("leadsla walkthrough --lang de --verbose", "In German, with what each plug-in traced.", "Auf Deutsch, mit dem, was jedes Plug-in protokolliert hat."));
        command.SetAction(result =>
        {
            var run = new WalkthroughRun(result.InvocationConfiguration.Output, result.GetValue(solution))
            {
                ShowTraces = result.GetValue<bool>(LeadSlaCommandLine.VerboseOption),
            };
            return run.Execute();
        });
        return command;
    }
}
