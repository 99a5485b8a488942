using System.CommandLine;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// <c>leadsla deploy --url URL --solution ZIP [--with-sample-config] [--dry-run]</c>: imports the packed solution,
/// publishes, verifies assemblies and steps, and makes the sample configuration present.
/// </summary>
internal static class DeployCommand
{
    public static Command Create()
    {
        var connection = new EnvironmentConnection();
        var zip = new Option<FileInfo>("--solution") { Description = "The solution zip written by leadsla pack.", Required = true };
        var withSample = new Option<bool>("--with-sample-config") { Description = "Create the sample configuration (Solution/SampleData) rows that are missing." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; change nothing." };
        var source = new Option<DirectoryInfo?>("--solution-folder") { Description = "The solution source the sample configuration comes from (default: the repository's Solution/)." };
        var command = new Command("deploy", "Import the solution zip into an environment (unless that version is installed), publish, verify, and load the sample configuration.")
        {
            zip, withSample, dryRun, source,
        };
        connection.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                using var client = connection.ClientFor(result, Console.Error);
                var package = SolutionPackage.Read(await File.ReadAllBytesAsync(result.GetValue(zip)!.FullName, cancellationToken).ConfigureAwait(false));
                var sample = result.GetValue(withSample) ? SolutionFolder.Load(SolutionFolder.Locate(result.GetValue(source)?.FullName)).SampleConfiguration : null;
                var settings = new DeploySettings(package, sample, result.GetValue(dryRun), TimeSpan.FromSeconds(2));
                var outcome = await new SolutionDeployment(client, settings, Console.Out).RunAsync(cancellationToken).ConfigureAwait(false);
                Console.WriteLine(outcome.Changes.Count == 0 ? "Nothing to change." : (settings.DryRun ? "Would change:" : "Changed:"));
                outcome.Changes.ToList().ForEach(change => Console.WriteLine("  " + change));
                outcome.Problems.ToList().ForEach(problem => Console.Error.WriteLine("Problem: " + problem));
                return outcome.Problems.Count == 0 ? 0 : 1;
            }
            catch (Exception e) when (e is WebApiException or DeploymentRefusedException or EnvironmentSignInException or SolutionSourceException or IOException)
            {
                Console.Error.WriteLine("leadsla deploy: " + e.Message);
                return 1;
            }
        });
        return command;
    }
}
