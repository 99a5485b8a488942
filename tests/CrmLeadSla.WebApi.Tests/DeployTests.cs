extern alias workflows;

using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Plugins;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.WebApi.Tests;

public class DeployTests
{
    private static readonly WebApiOptions Served = new()
    {
        PluginAssemblies = [typeof(LeadScoringPlugin).Assembly, typeof(workflows::CrmLeadSla.Workflows.CalculateSlaDueDate).Assembly],
    };

    [Fact]
    public async Task Deploying_twice_imports_once_and_the_second_run_changes_nothing()
    {
        await using var served = await ServedOrganization.StartAsync(Served);
        using var client = served.Client();
        var first = await Deploy(client, SolutionPackage.Read(PackedSolution.Zip), withSample: true);
        var writesAfterFirst = served.Api.Writes;

        var second = await Deploy(client, SolutionPackage.Read(PackedSolution.Zip), withSample: true);

        Assert.Empty(first.Problems);
        Assert.Contains(first.Changes, change => change.StartsWith("imported CrmLeadSla", StringComparison.Ordinal));
        Assert.Contains(first.Changes, change => change.Contains("sample configuration", StringComparison.Ordinal));
        Assert.Empty(second.Changes);
        Assert.Empty(second.Problems);
        Assert.Equal(writesAfterFirst, served.Api.Writes);
    }

    [Fact]
    public async Task A_dry_run_names_the_import_and_writes_nothing()
    {
        await using var served = await ServedOrganization.StartAsync(Served);
        using var client = served.Client();

        var outcome = await Deploy(client, SolutionPackage.Read(PackedSolution.Zip), withSample: true, dryRun: true);

        Assert.Contains(outcome.Changes, change => change.StartsWith("import CrmLeadSla", StringComparison.Ordinal));
        Assert.Equal(0, served.Api.Writes);
        Assert.Empty(served.Api.Organization.Solutions.Installed);
    }

    [Fact]
    public async Task A_disabled_step_is_named_by_the_verification()
    {
        await using var served = await ServedOrganization.StartAsync(Served);
        using var client = served.Client();
        var package = SolutionPackage.Read(PackedSolution.Zip);
        await Deploy(client, package);
        var step = package.Steps[0];
        served.System.Update(new Entity("sdkmessageprocessingstep", step.Id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        var again = await Deploy(client, package);

        Assert.Equal($"The step '{step.Name}' is disabled: enable it (Plug-in Registration tool or the solution's Processes), or scoring and the funnel will not run.", Assert.Single(again.Problems));
    }

    [Fact]
    public async Task An_import_the_environment_refuses_is_reported_with_the_import_log_s_reason()
    {
        await using var served = await ServedOrganization.StartAsync(Served);
        using var client = served.Client();
        var package = SolutionPackage.Read(PackedSolution.Changed("solution.xml", "<Version>0.1.0.0</Version>", "<Version>next</Version>"));

        var refusal = await Assert.ThrowsAsync<DeploymentRefusedException>(() => Deploy(client, package));

        Assert.Contains("must name the solution (UniqueName) and its version (Version, e.g. 1.0.0.0)", refusal.Message, StringComparison.Ordinal);
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
        await using var served = await ServedOrganization.StartAsync(Served);
        using var client = served.Client();
        var zip = PackedSolution.Changed("customizations.xml", "CrmLeadSla.Plugins, Version=0.1.0.0", "CrmLeadSla.Plugins, Version=0.0.9.0");

        var outcome = await Deploy(client, SolutionPackage.Read(zip));

        Assert.Equal($"The plug-in assembly CrmLeadSla.Plugins has version {typeof(LeadScoringPlugin).Assembly.GetName().Version} in the environment, the zip 0.0.9.0.", Assert.Single(outcome.Problems));
    }

    private static Task<DeployOutcome> Deploy(WebApiClient client, SolutionPackage package, bool withSample = false, bool dryRun = false) =>
        new SolutionDeployment(client, new DeploySettings(package, withSample ? SolutionFolder.Load().SampleConfiguration : null, dryRun, TimeSpan.FromMilliseconds(10)), TextWriter.Null)
            .RunAsync(CancellationToken.None);
}
