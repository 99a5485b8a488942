extern alias workflows;

using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Packing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Solution.Tests.Import;

/// <summary>The organization built from the packed zip is the one built from the source, and runs the zip's net462 assemblies.</summary>
public class ZipFirstOrganizationTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Lazy<PackSource> Source = new(Repository.Source);

    [Theory]
    [InlineData(PackageKind.Unmanaged)]
    [InlineData(PackageKind.Managed)]
    public void The_organization_from_the_packed_zip_equals_the_one_from_the_source(PackageKind kind)
    {
        var fromSource = LocalOrganization.FromSolution(Source.Value.Solution, [typeof(LeadScoringPlugin).Assembly, typeof(workflows::CrmLeadSla.Workflows.SlaActivity).Assembly], Start);

        var fromZip = LocalOrganization.FromSolutionZip(SolutionZip.Create(Source.Value, kind), Start);

        Assert.Equal(OrganizationShape.Of(fromSource), OrganizationShape.Of(fromZip));
    }

    [Fact]
    public void The_shape_comparison_sees_a_changed_step()
    {
        var zip = SolutionZip.Create(Source.Value, PackageKind.Unmanaged);
        var changed = ZipEdit.Replace(zip, "customizations.xml", "<Rank>10</Rank>", "<Rank>11</Rank>");

        Assert.NotEqual(OrganizationShape.Of(LocalOrganization.FromSolutionZip(zip, Start)), OrganizationShape.Of(LocalOrganization.FromSolutionZip(changed, Start)));
    }

    [Fact]
    public void The_workflows_from_the_zip_carry_the_shipped_registration_and_the_packed_xaml()
    {
        var zip = SolutionZip.Create(Source.Value, PackageKind.Managed);
        var packed = new UnpackedZip(zip);

        var workflows = LocalOrganization.FromSolutionZip(zip, Start).Workflows;

        Assert.Equal(Source.Value.Solution.Workflows.Count, workflows.Count);
        foreach (var shipped in Source.Value.Solution.Workflows)
        {
            var workflow = Assert.Single(workflows, w => w.Id == shipped.Id);
            Assert.Equal(
                (shipped.Entity, shipped.Mode, shipped.Scope, shipped.RunAs, shipped.OnDemand, shipped.Subprocess, shipped.TriggerOnCreate, string.Join(",", shipped.TriggerOnUpdate), shipped.Name.In(1031), true),
                (workflow.Entity, workflow.Mode, workflow.Scope, workflow.RunAs, workflow.OnDemand, workflow.Subprocess, workflow.TriggerOnCreate, string.Join(",", workflow.TriggerOnUpdate), workflow.Name.In(1031), workflow.IsActivated));
            if (shipped.Mode == Workflows.WorkflowMode.RealTime)
            {
                Assert.Equal(shipped.Stage, workflow.Stage);
            }

            Assert.Equal(packed.Text(packed.Paths.Single(p => p.StartsWith("Workflows/", StringComparison.Ordinal) && p.Contains(shipped.Id.ToString("D").ToUpperInvariant(), StringComparison.Ordinal))), workflow.Xaml);
        }
    }

    [Fact]
    public void The_plugins_run_from_the_net462_build_in_the_zip()
    {
        var organization = LocalOrganization.FromSolutionZip(SolutionZip.Create(Source.Value, PackageKind.Managed), Start);
        var marketing = organization.CreateUser("Mara Marketing", null, organization.Security.Roles.Single(r => r.Name == LeadSlaRoles.Marketing).Id);

        var id = organization.ServiceFor(marketing).Create(new Entity("lead") { ["lastname"] = "Muster", ["companyname"] = "Muster GmbH" });

        Assert.NotNull(organization.ServiceFor(marketing).Retrieve("lead", id, new ColumnSet(LeadSchema.FunnelStage)).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage));
        var plugin = organization.PluginTypes.Find("CrmLeadSla.Plugins.FunnelTransitionPlugin")!.Assembly;
        Assert.NotSame(typeof(LeadScoringPlugin).Assembly, plugin);
        Assert.StartsWith("deployed ", System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(plugin)!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_activities_load_from_the_zip_as_code_activities_of_the_local_sdk()
    {
        var organization = LocalOrganization.FromSolutionZip(SolutionZip.Create(Source.Value, PackageKind.Managed), Start);

        var activity = organization.PluginTypes.Find("CrmLeadSla.Workflows.CheckSlaCompliance")!;

        Assert.True(typeof(System.Activities.CodeActivity).IsAssignableFrom(activity));
        Assert.StartsWith("deployed ", System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(activity.Assembly)!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_import_of_the_same_zip_changes_nothing()
    {
        var zip = SolutionZip.Create(Source.Value, PackageKind.Managed);
        var organization = LocalOrganization.FromSolutionZip(zip, Start);
        var before = OrganizationShape.Of(organization);
        var rows = organization.Database.CountOf("sdkmessageprocessingstep");

        organization.ImportSolution(zip);

        Assert.Equal(before, OrganizationShape.Of(organization));
        Assert.Equal(rows, organization.Database.CountOf("sdkmessageprocessingstep"));
    }

    [Fact]
    public void An_upgrade_replaces_a_step_of_the_same_id()
    {
        var zip = SolutionZip.Create(Source.Value, PackageKind.Managed);
        var organization = LocalOrganization.FromSolutionZip(zip, Start);
        var step = organization.Steps.All.First(s => s.Rank == 10);

        organization.ImportSolution(ZipEdit.Replace(zip, "customizations.xml", "<Rank>10</Rank>", "<Rank>11</Rank>"));

        Assert.Equal(11, organization.Steps.All.Single(s => s.Id == step.Id).Rank);
        Assert.Equal(11, organization.Database.Find("sdkmessageprocessingstep", step.Id)!.GetAttributeValue<int>("rank"));
    }

    [Fact]
    public void The_packed_zip_imports_without_notes_beyond_the_app()
    {
        var imported = SolutionZipReader.Read(SolutionZip.Create(Source.Value, PackageKind.Unmanaged));

        Assert.Equal(["customizations.xml: model-driven apps and their site maps are not modelled by the local Dataverse; they are left out."], imported.Notes);
    }
}
