using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.WebApi.Tests;

public class DeployTests
{
    [Fact]
    public async Task Deploying_into_an_empty_organization_installs_the_zip_and_a_second_run_changes_nothing()
    {
        await using var served = await ServedOrganization.StartEmptyAsync();
        using var client = served.Client();
        var first = await Deploy(client, SolutionPackage.Read(PackedSolution.Zip), withSample: true);
        var writesAfterFirst = served.Api.Writes;

        var second = await Deploy(client, SolutionPackage.Read(PackedSolution.Zip), withSample: true);

        Assert.Empty(first.Problems);
        Assert.Contains("imported CrmLeadSla 0.1.0.0 (was not installed) and published", first.Changes);
        Assert.Contains(first.Changes, change => change.Contains("sample configuration", StringComparison.Ordinal));
        Assert.Equal([("CrmLeadSla", "0.1.0.0")], served.InstalledSolutions);
        Assert.Empty(second.Changes);
        Assert.Empty(second.Problems);
        Assert.Equal(writesAfterFirst, served.Api.Writes);
    }

    [Fact]
    public async Task An_organization_built_from_the_source_has_the_solution_installed_so_deploying_that_version_imports_nothing()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var client = served.Client();

        var outcome = await Deploy(client, SolutionPackage.Read(PackedSolution.Zip));

        Assert.Empty(outcome.Changes);
        Assert.Equal([("CrmLeadSla", "0.1.0.0")], served.InstalledSolutions);
    }

    [Fact]
    public async Task A_higher_version_upgrades_the_installed_solution()
    {
        await using var served = await ServedOrganization.StartEmptyAsync();
        using var client = served.Client();
        await Deploy(client, SolutionPackage.Read(PackedSolution.Zip));

        var upgrade = await Deploy(client, SolutionPackage.Read(PackedSolution.Changed("solution.xml", "<Version>0.1.0.0</Version>", "<Version>0.2.0.0</Version>")));

        Assert.Equal(["imported CrmLeadSla 0.2.0.0 (was 0.1.0.0) and published"], upgrade.Changes);
        Assert.Empty(upgrade.Problems);
        Assert.Equal([("CrmLeadSla", "0.2.0.0")], served.InstalledSolutions);
    }

    [Fact]
    public async Task A_dry_run_names_the_import_and_writes_nothing()
    {
        await using var served = await ServedOrganization.StartEmptyAsync();
        using var client = served.Client();

        var outcome = await Deploy(client, SolutionPackage.Read(PackedSolution.Zip), withSample: true, dryRun: true);

        Assert.Contains("import CrmLeadSla 0.1.0.0 (installed: none) and publish", outcome.Changes);
        Assert.Equal(0, served.Api.Writes);
        Assert.Empty(served.InstalledSolutions);
    }

    [Fact]
    public async Task A_disabled_step_is_named_by_the_verification()
    {
        await using var served = await ServedOrganization.StartEmptyAsync();
        using var client = served.Client();
        var package = SolutionPackage.Read(PackedSolution.Zip);
        await Deploy(client, package);
        var step = package.Steps[0];
        served.System.Update(new Entity("sdkmessageprocessingstep", step.Id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        var again = await Deploy(client, package);

        Assert.Equal($"The step '{step.Name}' is disabled: enable it (Plug-in Registration tool or the solution's Processes), or scoring and the funnel will not run.", Assert.Single(again.Problems));
    }

    [Fact]
    public async Task An_import_the_environment_refuses_is_reported_with_the_import_log_s_reason_and_installs_nothing()
    {
        await using var served = await ServedOrganization.StartEmptyAsync();
        using var client = served.Client();
        var package = SolutionPackage.Read(PackedSolution.Changed("solution.xml", "<Version>0.1.0.0</Version>", "<Version>next</Version>"));

        var refusal = await Assert.ThrowsAsync<DeploymentRefusedException>(() => Deploy(client, package));

        Assert.Contains("the version 'next' is not a version.", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(served.InstalledSolutions);
        Assert.Null(served.Organization.Metadata.FindTable(ScoringModelSchema.EntityName));
    }

    [Fact]
    public void A_zip_without_customizations_is_refused_before_anything_is_sent()
    {
        var zip = PackedSolution.Changed("customizations.xml", string.Empty, null);

        var refusal = Assert.Throws<DeploymentRefusedException>(() => SolutionPackage.Read(zip));

        Assert.Equal("The file is not a solution zip from leadsla pack: the zip has no customizations.xml at its root.", refusal.Message);
    }

    [Fact]
    public async Task An_assembly_of_another_version_than_the_zip_s_is_named_by_the_verification()
    {
        await using var served = await ServedOrganization.StartEmptyAsync();
        using var client = served.Client();
        await Deploy(client, SolutionPackage.Read(PackedSolution.Zip));
        // The same solution version, but its zip names another build of the assembly than the one installed.
        var zip = PackedSolution.Changed("customizations.xml", "CrmLeadSla.Plugins, Version=0.1.0.0", "CrmLeadSla.Plugins, Version=0.0.9.0");

        var outcome = await Deploy(client, SolutionPackage.Read(zip));

        Assert.Equal("The plug-in assembly CrmLeadSla.Plugins has version 0.1.0.0 in the environment, the zip 0.0.9.0.", Assert.Single(outcome.Problems));
    }

    private static Task<DeployOutcome> Deploy(WebApiClient client, SolutionPackage package, bool withSample = false, bool dryRun = false) =>
        new SolutionDeployment(client, new DeploySettings(package, withSample ? SolutionFolder.Load().SampleConfiguration : null, dryRun, TimeSpan.FromMilliseconds(10)), TextWriter.Null)
            .RunAsync(CancellationToken.None);
}
