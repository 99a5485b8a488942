using System.Text.Json.Nodes;
using System.Xml.Linq;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>How a deployment runs: the packed zip, the sample configuration to make present (or none), whether only to
/// show what would change, and how often to ask about the import.</summary>
public sealed record DeploySettings(SolutionPackage Package, SampleConfiguration? SampleConfiguration, bool DryRun, TimeSpan PollInterval);

/// <summary>What a deployment changed (or, in a dry run, would change) and what its verification found wrong.</summary>
public sealed record DeployOutcome(IReadOnlyList<string> Changes, IReadOnlyList<string> Problems);

/// <summary>
/// <c>leadsla deploy</c>: imports the solution zip unless the environment already has that version (ImportSolutionAsync,
/// polling the asynchronous operation and reporting the import job's errors), publishes, then verifies that the
/// assemblies have the zip's versions, that every step of the zip is registered and enabled, and, when asked, that the
/// sample configuration is present (creating the rows that are missing). A second run with the same zip changes nothing.
/// </summary>
public sealed class SolutionDeployment(WebApiClient client, DeploySettings settings, TextWriter progress)
{
    // asyncoperation statecode Completed (3); statuscode Succeeded (30).
    private const int Completed = 3;
    private const int Succeeded = 30;
    private const int EnabledState = 0;

    private readonly List<string> changes = [];
    private readonly List<string> problems = [];

    public async Task<DeployOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var package = settings.Package;
        var installed = await InstalledVersion(package.UniqueName, cancellationToken).ConfigureAwait(false);
        if (installed == package.Version)
        {
            progress.WriteLine($"{package.UniqueName} {package.Version} is installed: no import.");
        }
        else if (settings.DryRun)
        {
            changes.Add($"import {package.UniqueName} {package.Version} (installed: {installed ?? "none"}) and publish");
        }
        else
        {
            await Import(package, cancellationToken).ConfigureAwait(false);
            await client.PostAsync("PublishAllXml", [], cancellationToken).ConfigureAwait(false);
            changes.Add($"imported {package.UniqueName} {package.Version} (was {installed ?? "not installed"}) and published");
        }

        if (!settings.DryRun || installed == package.Version)
        {
            await VerifyAssemblies(cancellationToken).ConfigureAwait(false);
            await VerifySteps(cancellationToken).ConfigureAwait(false);
        }

        if (settings.SampleConfiguration is SampleConfiguration sample)
        {
            if (settings.DryRun && installed != package.Version)
            {
                // The tables the rows go to may not exist before the import: name the rows, do not read for them.
                changes.Add($"create the {sample.Rows.Count} sample configuration rows that are missing after the import");
            }
            else
            {
                MakeSamplePresent(sample);
            }
        }

        return new DeployOutcome(changes, problems);
    }

    private async Task<string?> InstalledVersion(string uniqueName, CancellationToken cancellationToken)
    {
        var answer = await client.GetAsync($"solutions?$select=uniquename,version&$filter=uniquename eq '{uniqueName.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken).ConfigureAwait(false);
        return TableShape.Values(answer).FirstOrDefault()?["version"]?.GetValue<string>();
    }

    private async Task Import(SolutionPackage package, CancellationToken cancellationToken)
    {
        progress.WriteLine($"Importing {package.UniqueName} {package.Version} ({package.Zip.Length:N0} bytes)…");
        var started = await client.PostAsync(
            "ImportSolutionAsync",
            new JsonObject
            {
                ["OverwriteUnmanagedCustomizations"] = true,
                ["PublishWorkflows"] = true,
                ["CustomizationFile"] = Convert.ToBase64String(package.Zip),
            },
            cancellationToken).ConfigureAwait(false);
        var operation = started?["AsyncOperationId"]?.GetValue<string>() ?? throw new DeploymentRefusedException("ImportSolutionAsync answered no AsyncOperationId.");
        var job = started["ImportJobKey"]?.GetValue<string>();
        while (true)
        {
            var state = await client.GetAsync($"asyncoperations({operation})?$select=statecode,statuscode,message", cancellationToken).ConfigureAwait(false);
            if (state["statecode"]?.GetValue<int>() == Completed)
            {
                if (state["statuscode"]?.GetValue<int>() == Succeeded)
                {
                    progress.WriteLine("Import done.");
                    return;
                }

                throw new DeploymentRefusedException($"The import failed: {await ImportErrors(job, state, cancellationToken).ConfigureAwait(false)}");
            }

            if (job is not null)
            {
                var progressOfJob = await client.GetAsync($"importjobs({job})?$select=progress", cancellationToken).ConfigureAwait(false);
                progress.WriteLine($"Importing… {progressOfJob["progress"]?.GetValue<double>() ?? 0:N0} %");
            }

            await Task.Delay(settings.PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    // The import log (importjob.data) names each failed component with its error text.
    private async Task<string> ImportErrors(string? job, JsonObject operation, CancellationToken cancellationToken)
    {
        var message = operation["message"]?.GetValue<string>() ?? "no message";
        if (job is null)
        {
            return message;
        }

        var log = await client.GetAsync($"importjobs({job})?$select=data", cancellationToken).ConfigureAwait(false);
        var data = log["data"]?.GetValue<string>();
        var failures = data is null ? [] : XElement.Parse(data).Descendants("result")
            .Where(r => (string?)r.Attribute("result") == "failure")
            .Select(r => (string?)r.Attribute("errortext"))
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .ToList();
        return failures.Count == 0 ? message : string.Join(" ", failures);
    }

    private async Task VerifyAssemblies(CancellationToken cancellationToken)
    {
        var answer = await client.GetAsync("pluginassemblies?$select=name,version", cancellationToken).ConfigureAwait(false);
        var versions = TableShape.Values(answer).ToDictionary(a => a["name"]!.GetValue<string>(), a => a["version"]?.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in settings.Package.Assemblies)
        {
            var found = versions.GetValueOrDefault(assembly.Name!);
            if (found != assembly.Version?.ToString())
            {
                problems.Add($"The plug-in assembly {assembly.Name} has version {found ?? "none"} in the environment, the zip {assembly.Version}.");
            }
        }
    }

    private async Task VerifySteps(CancellationToken cancellationToken)
    {
        var steps = settings.Package.Steps;
        if (steps.Count == 0)
        {
            return;
        }

        var fetch = new XElement(
            "fetch",
            new XElement(
                "entity",
                new XAttribute("name", "sdkmessageprocessingstep"),
                new XElement("attribute", new XAttribute("name", "sdkmessageprocessingstepid")),
                new XElement("attribute", new XAttribute("name", "statecode")),
                new XElement("filter", new XElement(
                    "condition",
                    new XAttribute("attribute", "sdkmessageprocessingstepid"),
                    new XAttribute("operator", "in"),
                    steps.Select(s => new XElement("value", s.Id.ToString("D")))))));
        var rows = await FetchPaging.ReadAllAsync(client, "sdkmessageprocessingsteps", fetch, cancellationToken).ConfigureAwait(false);
        var states = rows.ToDictionary(r => Guid.Parse(r["sdkmessageprocessingstepid"]!.GetValue<string>()), r => r["statecode"]?.GetValue<int>());
        foreach (var (id, name) in steps)
        {
            if (!states.TryGetValue(id, out var state))
            {
                problems.Add($"The step '{name}' is not registered.");
            }
            else if (state != EnabledState)
            {
                problems.Add($"The step '{name}' is disabled: enable it (Plug-in Registration tool or the solution's Processes), or scoring and the funnel will not run.");
            }
        }
    }

    private void MakeSamplePresent(SampleConfiguration sample)
    {
        var service = new WebApiOrganizationService(client);
        var loaded = settings.DryRun
            ? SampleConfigurationLoader.LoadInto(sample, new ReadOnlyRehearsal(service))
            : SampleConfigurationLoader.LoadInto(sample, service);
        if (loaded.Created > 0)
        {
            changes.Add($"{(settings.DryRun ? "create" : "created")} {loaded.Created} sample configuration rows ({loaded.AlreadyPresent} present)");
        }
    }
}
