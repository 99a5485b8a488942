using System.Xml.Linq;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Source;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests;

/// <summary>The components in customizations.xml say what the source declares, in Dataverse's vocabulary.</summary>
public class ComponentTests
{
    private static readonly XDocument Customizations = new UnpackedZip(SolutionZip.Create(Repository.Source(), PackageKind.Unmanaged)).Customizations;

    [Fact]
    public void A_step_carries_its_message_stage_mode_rank_filtering_attributes_and_images()
    {
        var declared = Repository.Source().Solution.Steps.First(s => s.FilteringAttributes.Count > 0 && s.Images.Count > 0);

        var step = Customizations.Descendants("SdkMessageProcessingStep").Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == "{" + declared.Id + "}");

        Assert.Equal(((int)declared.Stage).ToString(System.Globalization.CultureInfo.InvariantCulture), step.Element("Stage")!.Value);
        Assert.Equal(((int)declared.Mode).ToString(System.Globalization.CultureInfo.InvariantCulture), step.Element("Mode")!.Value);
        Assert.Equal(declared.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), step.Element("Rank")!.Value);
        Assert.Equal(string.Join(",", declared.FilteringAttributes), step.Element("FilteringAttributes")!.Value);
        Assert.Equal(declared.Images.Select(i => i.Alias), step.Descendants("EntityAlias").Select(a => a.Value));
        Assert.StartsWith(declared.PluginTypeName + ", CrmLeadSla.Plugins, Version=", step.Element("PluginTypeName")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_step_names_the_update_message_by_its_platform_id()
    {
        var declared = Repository.Source().Solution.Steps.First(s => s.Message == "Update");

        var step = Customizations.Descendants("SdkMessageProcessingStep").Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == "{" + declared.Id + "}");

        Assert.Equal("20bebb1b-ea3e-db11-86a7-000a3a5473e8", step.Element("SdkMessageId")!.Value);
    }

    [Theory]
    [InlineData("QualifyLead", "644c3365-b36c-431e-b76b-5c3e48adee55")]
    [InlineData("Win", "27bebb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("Lose", "d1bdbb1b-ea3e-db11-86a7-000a3a5473e8")]
    public void A_funnel_step_names_its_message_by_the_platform_id(string message, string messageId)
    {
        var declared = Repository.Source().Solution.Steps.First(s => s.Message == message);

        var step = Customizations.Descendants("SdkMessageProcessingStep").Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == "{" + declared.Id + "}");

        Assert.Equal(messageId, step.Element("SdkMessageId")!.Value);
    }

    [Fact]
    public void Every_step_names_its_message_by_a_platform_id()
    {
        Assert.All(Customizations.Descendants("SdkMessageProcessingStep"), s => Assert.True(Guid.TryParse(s.Element("SdkMessageId")?.Value, out _), (string?)s.Attribute("Name")));
    }

    [Fact]
    public void The_sales_role_reads_leads_in_its_business_unit_under_dataverses_privilege_name()
    {
        var sales = Customizations.Descendants("Role").Single(r => (string)r.Attribute("name")! == LeadSlaRoles.Sales);

        var read = sales.Descendants("RolePrivilege").Single(p => (string)p.Attribute("name")! == "prvReadLead");

        Assert.Equal("Local", (string)read.Attribute("level")!);
    }

    [Fact]
    public void Activity_table_privileges_merge_into_the_shared_activity_privilege()
    {
        var sales = Customizations.Descendants("Role").Single(r => (string)r.Attribute("name")! == LeadSlaRoles.Sales);

        Assert.Single(sales.Descendants("RolePrivilege"), p => (string)p.Attribute("name")! == "prvCreateActivity");
    }

    [Fact]
    public void A_global_choice_carries_its_options_with_labels_in_both_languages()
    {
        var grade = Customizations.Descendants("optionset").Single(o => (string)o.Attribute("Name")! == LeadSchema.Grade);

        Assert.Equal("1", grade.Element("IsGlobal")!.Value);
        Assert.All(grade.Descendants("option"), o => Assert.Equal(["1033", "1031"], o.Descendants("label").Select(l => (string)l.Attribute("languagecode")!)));
    }

    [Fact]
    public void The_extended_lead_table_carries_only_the_columns_the_solution_adds()
    {
        var lead = Customizations.Descendants("entity").Single(e => (string)e.Attribute("Name")! == "lead");

        Assert.Equal("1", (string)lead.Attribute("unmodified")!);
        Assert.All(lead.Descendants("attribute"), a => Assert.StartsWith(Prefix, (string)a.Attribute("PhysicalName")!, StringComparison.Ordinal));
    }

    [Fact]
    public void A_lookup_relationship_carries_its_cascade_behaviour()
    {
        var declared = Repository.Source().Solution.Metadata.OneToMany.First(r => r.IsCustom && r.CascadeDelete == Metadata.CascadeDelete.Cascade);

        var relationship = Customizations.Descendants("EntityRelationship").Single(r => (string)r.Attribute("Name")! == declared.SchemaName);

        Assert.Equal("Cascade", relationship.Element("CascadeDelete")!.Value);
        Assert.Equal(declared.ReferencingAttribute, relationship.Element("ReferencingAttributeName")!.Value);
    }

    [Fact]
    public void Every_view_is_a_saved_query_of_its_table_with_its_fetch()
    {
        var views = Repository.Source().Solution.Views;

        var packed = Customizations.Descendants("savedquery").ToDictionary(q => q.Element("savedqueryid")!.Value);

        Assert.Equal(views.Count, packed.Count);
        Assert.All(views, v =>
        {
            var query = packed["{" + v.Id + "}"];
            Assert.Equal(v.Table, query.Ancestors("Entity").Single().Element("Name")!.Value);
            Assert.Equal(v.Table, query.Descendants("fetch").Single().Element("entity")!.Attribute("name")!.Value);
        });
    }

    [Fact]
    public void Every_form_is_a_main_form_of_its_table_with_a_field_per_column()
    {
        var forms = Repository.Source().Solution.Forms;

        Assert.All(forms, f =>
        {
            var form = Customizations.Descendants("systemform").Single(s => s.Element("formid")!.Value == "{" + f.Id + "}");
            var fields = f.Controls.OfType<FormField>().Select(c => c.Column);
            Assert.Equal(f.Table, form.Ancestors("Entity").Single().Element("Name")!.Value);
            Assert.Equal(fields, form.Descendants("control").Where(c => c.Attribute("datafieldname") is not null).Select(c => (string)c.Attribute("datafieldname")!));
        });
    }

    [Fact]
    public void The_app_lists_its_tables_and_roles_and_its_site_map_passes_the_site_map_schema()
    {
        var app = Assert.Single(Repository.Source().Solution.AppModules);

        var packed = Customizations.Descendants("AppModule").Single();
        var siteMap = Customizations.Descendants("AppModuleSiteMap").Single().Element("SiteMap")!;

        Assert.Equal(app.Tables.Order(StringComparer.Ordinal), packed.Descendants("AppModuleComponent").Where(c => (string)c.Attribute("type")! == "1").Select(c => (string)c.Attribute("schemaName")!));
        Assert.Equal(app.RoleIds.Count, packed.Descendants("Role").Count());
        Assert.Empty(Repository.Schemas.ProblemsOfSiteMap(siteMap.ToString()));
    }
}
