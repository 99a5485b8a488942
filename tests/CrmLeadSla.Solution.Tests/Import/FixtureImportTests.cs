using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Solution.Workflows;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Solution.Tests.Import;

/// <summary>Export fixtures of Dynamics CRM 8.2 up to Dataverse 9.2 import, and what they carry arrives in the organization.</summary>
public class FixtureImportTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Fixtures => [.. FixtureZip.Names];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_project_row_can_be_created_updated_and_read_back_after_the_import(string fixture)
    {
        var organization = LocalOrganization.FromSolutionZip(FixtureZip.Build(fixture), Start);
        var service = organization.ServiceFor(organization.AdminUserId);

        var id = service.Create(new Entity("cnt_project") { ["cnt_name"] = "Apollo", ["cnt_budgethours"] = 120, ["cnt_phase"] = new OptionSetValue(100500000) });
        service.Update(new Entity("cnt_project", id) { ["cnt_budgethours"] = 140, ["cnt_phase"] = new OptionSetValue(100500001) });
        var project = service.Retrieve("cnt_project", id, new ColumnSet("cnt_name", "cnt_budgethours", "cnt_phase", "statecode"));

        Assert.Equal(("Apollo", 140, 100500001, 0), (project.GetAttributeValue<string>("cnt_name"), project.GetAttributeValue<int>("cnt_budgethours"), project.GetAttributeValue<OptionSetValue>("cnt_phase").Value, project.GetAttributeValue<OptionSetValue>("statecode").Value));
    }

    [Fact]
    public void A_crm_8_2_step_resolves_its_message_from_the_braced_id_after_the_rank()
    {
        var step = Assert.Single(SolutionZipReader.Read(FixtureZip.Build("crm8.2-custom-entity-local-optionset")).Solution.Steps);

        Assert.Equal(("Create", "cnt_project", PipelineStage.PreOperation, StepMode.Synchronous), (step.Message, step.PrimaryEntity, step.Stage, step.Mode));
    }

    [Fact]
    public void The_crm_8_2_plugin_runs_from_the_assembly_in_the_zip()
    {
        var organization = LocalOrganization.FromSolutionZip(FixtureZip.Build("crm8.2-custom-entity-local-optionset"), Start);
        var service = organization.ServiceFor(organization.AdminUserId);

        var id = service.Create(new Entity("cnt_project") { ["cnt_name"] = "  Apollo  " });

        Assert.Equal("Apollo", service.Retrieve("cnt_project", id, new ColumnSet("cnt_name")).GetAttributeValue<string>("cnt_name"));
        Assert.StartsWith("deployed ", System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(organization.PluginTypes.Find("Contoso.Projects.Plugins.ProjectNaming")!.Assembly)!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crm_8_2_choice_keeps_its_local_options_in_both_languages()
    {
        var phase = SolutionZipReader.Read(FixtureZip.Build("crm8.2-custom-entity-local-optionset")).Solution.Metadata.FindTable("cnt_project")!.Column("cnt_phase")!;

        Assert.False(phase.OptionSet!.IsGlobal);
        Assert.Equal(["Planung", "Umsetzung", "Abgeschlossen"], phase.OptionSet.Options.Select(o => o.Label.In(1031)));
    }

    [Fact]
    public void A_global_option_set_serves_the_columns_of_two_tables()
    {
        var metadata = SolutionZipReader.Read(FixtureZip.Build("d365-9.1-global-optionset-relationship")).Solution.Metadata;

        var global = metadata.GlobalOptionSets["cnt_projectphase"];
        Assert.Same(global, metadata.FindTable("cnt_project")!.Column("cnt_phase")!.OptionSet);
        Assert.Same(global, metadata.FindTable("cnt_milestone")!.Column("cnt_phase")!.OptionSet);
    }

    [Fact]
    public void A_lookup_between_two_custom_tables_points_at_the_referenced_table_with_its_cascade()
    {
        var metadata = SolutionZipReader.Read(FixtureZip.Build("d365-9.1-global-optionset-relationship")).Solution.Metadata;

        var relationship = Assert.Single(metadata.OneToMany, r => r.ReferencingEntity == "cnt_milestone" && r.ReferencedEntity == "cnt_project");
        Assert.Equal(["cnt_project"], metadata.FindTable("cnt_milestone")!.Column(relationship.ReferencingAttribute)!.Targets);
        Assert.Equal(CascadeDelete.RemoveLink, relationship.CascadeDelete);
    }

    [Fact]
    public void Steps_on_qualify_win_and_lose_are_registered_from_the_platform_ids()
    {
        var organization = LocalOrganization.FromSolutionZip(FixtureZip.Build("d365-9.2-plugin-steps-images"), Start);

        Assert.Equal(["Create", "Lose", "QualifyLead", "Update", "Win"], organization.Steps.All.Select(s => s.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_update_step_keeps_its_filtering_attributes_configuration_and_pre_image()
    {
        var step = SolutionZipReader.Read(FixtureZip.Build("d365-9.2-plugin-steps-images")).Solution.Steps.Single(s => s.Message == "Update");

        Assert.Equal(["cnt_phase", "cnt_startson"], step.FilteringAttributes);
        Assert.Equal("{\"notify\":true}", step.UnsecureConfiguration);
        var image = Assert.Single(step.Images);
        Assert.Equal(("PreImage", ImageKind.PreImage, "Target"), (image.Alias, image.Kind, image.MessagePropertyName));
        Assert.Equal(["cnt_phase", "cnt_startson", "ownerid"], image.Attributes);
    }

    [Fact]
    public void The_update_plugin_from_the_zip_sees_its_pre_image_and_refuses_reopening_a_closed_project()
    {
        var organization = LocalOrganization.FromSolutionZip(FixtureZip.Build("d365-9.2-plugin-steps-images"), Start);
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("cnt_project") { ["cnt_name"] = "Apollo", ["cnt_phase"] = new OptionSetValue(100500002) });

        var refusal = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => service.Update(new Entity("cnt_project", id) { ["cnt_phase"] = new OptionSetValue(100500000) }));

        Assert.Equal("A closed project cannot be reopened. Create a new project instead.", refusal.Detail.Message);
    }

    [Fact]
    public void The_asynchronous_create_step_runs_as_a_system_job()
    {
        var organization = LocalOrganization.FromSolutionZip(FixtureZip.Build("d365-9.2-plugin-steps-images"), Start);
        organization.ServiceFor(organization.AdminUserId).Create(new Entity("cnt_project") { ["cnt_name"] = "Apollo" });

        Assert.Equal(1, organization.RunPendingAsyncJobs());
    }

    [Fact]
    public void An_autonumber_pattern_is_read_and_reported_as_not_filled()
    {
        var imported = SolutionZipReader.Read(FixtureZip.Build("d365-9.2-autonumber-forms-views"));

        Assert.NotNull(imported.Solution.Metadata.FindTable("cnt_project")!.Column("cnt_projectnumber"));
        Assert.Contains(imported.Notes, n => n.Contains("'PRJ-{SEQNUM:5}'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_main_form_and_the_quick_find_view_arrive_and_the_quick_create_form_is_reported()
    {
        var organization = LocalOrganization.WithStandardTables(new LocalOrganizationOptions { StartsAt = Start });

        var imported = organization.ImportSolution(FixtureZip.Build("d365-9.2-autonumber-forms-views"));

        Assert.Contains(organization.Views, v => v.Table == "cnt_project" && v.QueryType == ViewQueryType.QuickFind);
        Assert.Contains(organization.Forms.Single(f => f.Table == "cnt_project").Controls, c => c is FormField { Column: "cnt_name" });
        Assert.Contains(imported.Notes, n => n.Contains("quickCreate forms", StringComparison.Ordinal));
    }

    [Fact]
    public void The_designer_workflow_arrives_with_its_registration_and_its_xaml_text()
    {
        var organization = LocalOrganization.FromSolutionZip(FixtureZip.Build("d365-9.2-custom-workflow-activity-designer-xaml"), Start);

        var workflow = Assert.Single(organization.Workflows);
        Assert.Equal(("cnt_project", WorkflowMode.Background, WorkflowScope.Organization, WorkflowRunAs.Owner, true, true), (workflow.Entity, workflow.Mode, workflow.Scope, workflow.RunAs, workflow.TriggerOnCreate, workflow.IsActivated));
        Assert.Equal(["cnt_reviewdueon"], workflow.TriggerOnUpdate);
        Assert.Equal("Eskalation der Projektprüfung", workflow.Name.In(1031));
        Assert.Equal(File.ReadAllText(Path.Combine(FixtureZip.Folder("d365-9.2-custom-workflow-activity-designer-xaml"), "Workflows", "Projectreviewescalation-F3CA8404-628E-542D-9584-12CC2589A4A4.xaml")), workflow.Xaml);
    }

    [Fact]
    public void The_designer_workflows_custom_activity_loads_from_the_zip_as_a_code_activity()
    {
        var organization = LocalOrganization.FromSolutionZip(FixtureZip.Build("d365-9.2-custom-workflow-activity-designer-xaml"), Start);

        var activity = organization.PluginTypes.Find("Contoso.Projects.Workflows.CountOpenIssues");

        Assert.True(typeof(System.Activities.CodeActivity).IsAssignableFrom(activity));
    }

    [Fact]
    public void A_managed_export_is_read_as_managed_with_the_roles_privileges_mapped_to_its_tables()
    {
        var imported = SolutionZipReader.Read(FixtureZip.Build("d365-9.2-managed-role-privileges"));

        Assert.True(imported.IsManaged);
        var role = Assert.Single(imported.Solution.Roles);
        Assert.Contains(new RolePrivilege("prvReadaccount", PrivilegeDepth.Global), role.Privileges);
        Assert.Contains(new RolePrivilege("prvWritecnt_project", PrivilegeDepth.Deep), role.Privileges);
    }

    [Fact]
    public void A_privilege_named_after_the_tables_schema_name_maps_to_the_table()
    {
        var imported = SolutionZipReader.Read(FixtureZip.Build("d365-9.2-managed-role-privileges", (path, text) => text.Replace("prvWritecnt_project", "prvWriteCnt_Project", StringComparison.Ordinal)));

        Assert.Contains(new RolePrivilege("prvWritecnt_project", PrivilegeDepth.Deep), Assert.Single(imported.Solution.Roles).Privileges);
    }

    [Fact]
    public void A_user_of_the_imported_role_reads_projects_across_the_organization()
    {
        var organization = LocalOrganization.FromSolutionZip(FixtureZip.Build("d365-9.2-managed-role-privileges"), Start);
        var manager = organization.CreateUser("Pia Projects", null, organization.Security.Roles.Single(r => r.Name == "Contoso project manager").Id);
        var id = organization.ServiceFor(organization.AdminUserId).Create(new Entity("cnt_project") { ["cnt_name"] = "Apollo" });

        Assert.Equal("Apollo", organization.ServiceFor(manager).Retrieve("cnt_project", id, new ColumnSet("cnt_name")).GetAttributeValue<string>("cnt_name"));
    }

    [Fact]
    public void A_secured_column_is_read_only_by_the_members_of_the_imported_profile()
    {
        var organization = LocalOrganization.FromSolutionZip(FixtureZip.Build("d365-9.2-managed-role-privileges"), Start);
        var role = organization.Security.Roles.Single(r => r.Name == "Contoso project manager").Id;
        var member = organization.CreateUser("Rita Reader", null, role);
        var other = organization.CreateUser("Otto Other", null, role);
        var profile = Assert.Single(organization.Security.FieldSecurityProfiles);
        organization.Security.AddFieldSecurityProfileMember(profile.Id, member);
        var id = organization.ServiceFor(organization.AdminUserId).Create(new Entity("cnt_project") { ["cnt_name"] = "Apollo", ["cnt_costrate"] = new Money(95m) });

        Assert.Equal(95m, organization.ServiceFor(member).Retrieve("cnt_project", id, new ColumnSet("cnt_costrate")).GetAttributeValue<Money>("cnt_costrate").Value);
        Assert.False(organization.ServiceFor(other).Retrieve("cnt_project", id, new ColumnSet("cnt_costrate")).Contains("cnt_costrate"));
    }
}
