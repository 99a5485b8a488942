using System.CommandLine;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Cli.WebApi;

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
        var zip = new Option<FileInfo>("--solution")
        {
            Description = UserLanguage.Pick("The solution zip written by leadsla pack.", "Die von leadsla pack geschriebene Lösungs-ZIP-Datei."),
            Required = true,
        };
        zip.AcceptExistingOnly();
        var withSample = new Option<bool>("--with-sample-config")
        {
            Description = UserLanguage.Pick("Create the sample configuration (Solution/SampleData) rows that are missing.", "Die fehlenden Zeilen der Beispielkonfiguration (Solution/SampleData) anlegen."),
        };
        var dryRun = new Option<bool>("--dry-run") { Description = UserLanguage.Pick("Show what would change; change nothing.", "Zeigen, was sich ändern würde; nichts ändern.") };
        var source = SolutionOption.Folder("--solution-folder");
        var command = new Command(
            "deploy",
            UserLanguage.Pick(
                "Import the solution zip into an environment (unless that version is installed), publish, verify, and load the sample configuration.",
                "Die Lösungs-ZIP in eine Umgebung importieren (außer diese Version ist installiert), veröffentlichen, prüfen und die Beispielkonfiguration laden."))
        {
            zip, withSample, dryRun, source,
        };
        connection.AddTo(command);
        command.WithExamples(
            new HelpExample("leadsla deploy --url http://127.0.0.1:5555 --solution out/CrmLeadSla_0.1.0.0_managed.zip --with-sample-config", "Deploy to leadsla serve with the sample configuration.", "In leadsla serve mit der Beispielkonfiguration bereitstellen."),
            new HelpExample("leadsla deploy --url https://contoso.crm.dynamics.com --client-id APP-ID --tenant contoso.onmicrosoft.com --solution out/CrmLeadSla_0.1.0.0_managed.zip --dry-run", "Show what a deployment would change (secret from LEADSLA_CLIENT_SECRET).", "Zeigen, was eine Bereitstellung ändern würde (Geheimnis aus LEADSLA_CLIENT_SECRET)."));
        command.SetAction(async (result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            // The zip and the sample are read before the first request: a bad file fails before the environment is touched.
            var package = SolutionPackage.Read(await File.ReadAllBytesAsync(result.GetValue(zip)!.FullName, cancellationToken).ConfigureAwait(false));
            var sample = result.GetValue(withSample) ? SolutionFolder.Load(SolutionFolder.Locate(result.GetValue(source)?.FullName)).SampleConfiguration : null;
            using var client = connection.ClientFor(result);
            var settings = new DeploySettings(package, sample, result.GetValue(dryRun), TimeSpan.FromSeconds(2));
            var outcome = await new SolutionDeployment(client, settings, console.Output).RunAsync(cancellationToken).ConfigureAwait(false);
            console.Output.WriteLine(outcome.Changes.Count == 0
                ? UserLanguage.Pick("Nothing to change.", "Nichts zu ändern.")
                : settings.DryRun ? UserLanguage.Pick("Would change:", "Würde ändern:") : UserLanguage.Pick("Changed:", "Geändert:"));
            outcome.Changes.ToList().ForEach(change => console.Output.WriteLine("  " + change));
            outcome.Problems.ToList().ForEach(problem => console.Error.WriteLine(UserLanguage.Pick("Problem: ", "Problem: ") + problem));
            return outcome.Problems.Count == 0 ? ExitCodes.Done : ExitCodes.Failure;
        });
        return command;
    }
}
