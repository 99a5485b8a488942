using System.Reflection.PortableExecutable;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Solution.Import;

namespace CrmLeadSla.Solution.Tests.Import;

/// <summary>A zip that breaks a rule Dataverse enforces is refused whole, naming the component and what is wrong; nothing of it is imported.</summary>
public class ImportRefusalTests
{
    private const string PluginSteps = "d365-9.2-plugin-steps-images";
    private const string UpdateStep = "Contoso.Projects.Plugins.PhaseChange: Update of cnt_project";

    [Fact]
    public void A_step_without_an_sdk_message_id_is_refused_naming_the_step()
    {
        var refusal = Refused(FixtureZip.Build(PluginSteps, Replacing("<SdkMessageId>20bebb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>", string.Empty)));

        Assert.Contains($"step '{UpdateStep}'", refusal.Component, StringComparison.Ordinal);
        Assert.Contains("has no SdkMessageId", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_on_a_message_the_platform_does_not_know_is_refused()
    {
        var refusal = Refused(FixtureZip.Build(PluginSteps, Replacing("<SdkMessageId>20bebb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>", "<SdkMessageId>5c0a1b2d-0000-4000-8000-000000000001</SdkMessageId>")));

        Assert.Contains($"step '{UpdateStep}'", refusal.Component, StringComparison.Ordinal);
        Assert.Contains("5c0a1b2d-0000-4000-8000-000000000001 is not a message", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsigned_assembly_is_refused_naming_the_assembly()
    {
        var refusal = Refused(FixtureZip.Build(PluginSteps, assembly: WithoutStrongNameSignature));

        Assert.Contains("plug-in assembly 'Contoso.Projects.Plugins'", refusal.Component, StringComparison.Ordinal);
        Assert.Contains("is not strong-name signed", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_column_is_refused_naming_the_table_and_the_column()
    {
        var refusal = Refused(FixtureZip.Build("d365-9.2-autonumber-forms-views", Replacing("<LogicalName>cnt_budgethours</LogicalName>", "<LogicalName>cnt_name</LogicalName>")));

        Assert.Contains("table 'cnt_project', column 'cnt_name'", refusal.Component, StringComparison.Ordinal);
        Assert.Contains("declared twice", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registered_plugin_type_the_assembly_lacks_is_refused()
    {
        var refusal = Refused(FixtureZip.Build(PluginSteps, Replacing("AssemblyQualifiedName=\"Contoso.Projects.Plugins.PhaseChange,", "AssemblyQualifiedName=\"Contoso.Projects.Plugins.PhaseShift,")));

        Assert.Contains("'Contoso.Projects.Plugins.PhaseShift' is registered, but the assembly does not contain it", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_other_than_the_registered_one_is_refused()
    {
        var refusal = Refused(FixtureZip.Build(PluginSteps, Replacing("Contoso.Projects.Plugins, Version=1.0.0.0", "Contoso.Projects.Plugins, Version=2.0.0.0")));

        Assert.Contains("but its file is 'Contoso.Projects.Plugins, Version=1.0.0.0", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lookup_to_a_table_neither_the_zip_nor_the_organization_has_is_refused()
    {
        var refusal = Refused(FixtureZip.Build("d365-9.1-global-optionset-relationship", Replacing("<ReferencedEntityName>cnt_project</ReferencedEntityName>", "<ReferencedEntityName>cnt_programme</ReferencedEntityName>")));

        Assert.Contains("relationship 'cnt_project_cnt_milestone'", refusal.Component, StringComparison.Ordinal);
        Assert.Contains("needs the table 'cnt_programme', which neither the zip nor the organization has", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dependency_the_organization_lacks_is_refused()
    {
        const string Missing = "<MissingDependencies><MissingDependency><Required type=\"1\" schemaName=\"cnt_portfolio\" displayName=\"Portfolio\" solution=\"ContosoPortfolio (1.0.0.0)\" /><Dependent type=\"10\" schemaName=\"cnt_portfolio_cnt_project\" /></MissingDependency></MissingDependencies>";

        var refusal = Refused(FixtureZip.Build("d365-9.1-global-optionset-relationship", Replacing("<MissingDependencies />", Missing)));

        Assert.Contains("missing dependency type 1 cnt_portfolio", refusal.Component, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_component_the_local_dataverse_cannot_honour_is_refused()
    {
        var refusal = Refused(FixtureZip.Build("d365-9.1-global-optionset-relationship", Replacing("<RootComponents>", "<RootComponents><RootComponent type=\"61\" schemaName=\"cnt_/scripts/project.js\" behavior=\"0\" />")));

        Assert.Contains("web resource (type 61)", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workflow_the_engine_cannot_activate_is_refused_naming_the_workflow()
    {
        var refusal = Refused(FixtureZip.Build("d365-9.2-custom-workflow-activity-designer-xaml", Replacing("<Persist />", "<Delay Duration=\"00:01:00\" />")));

        Assert.StartsWith("workflow 'Project review escalation'", refusal.Component, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customizations_file_that_is_not_well_formed_is_refused()
    {
        var refusal = Refused(FixtureZip.Build("d365-9.1-global-optionset-relationship", (path, text) => path == "customizations.xml" ? text[..(text.Length / 2)] : text));

        Assert.Equal("customizations.xml", refusal.Component);
        Assert.Contains("is not well-formed XML", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused()
    {
        var refusal = Refused("not a zip"u8.ToArray());

        Assert.Contains("is not a zip", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_upgrade_leaves_the_imported_solution_as_it_was()
    {
        var organization = LocalOrganization.WithStandardTables();
        organization.ImportSolution(FixtureZip.Build(PluginSteps));
        var steps = organization.Steps.All;
        var columns = organization.Metadata.FindTable("cnt_project")!.Columns.Count;

        Assert.Throws<SolutionImportException>(() => organization.ImportSolution(FixtureZip.Build(PluginSteps, (path, text) =>
            text.Replace("<Rank>1</Rank>", "<Rank>7</Rank>", StringComparison.Ordinal).Replace("<SdkMessageId>20bebb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>", string.Empty, StringComparison.Ordinal))));

        Assert.Equal(steps, organization.Steps.All);
        Assert.Equal(columns, organization.Metadata.FindTable("cnt_project")!.Columns.Count);
    }

    // Imports into an organization with the standard tables only and checks that nothing of the zip arrived.
    private static SolutionImportException Refused(byte[] zip)
    {
        var organization = LocalOrganization.WithStandardTables();

        var refusal = Assert.Throws<SolutionImportException>(() => organization.ImportSolution(zip));

        Assert.Null(organization.Metadata.FindTable("cnt_project"));
        Assert.Empty(organization.Steps.All);
        Assert.Empty(organization.Workflows);
        Assert.DoesNotContain(organization.Security.Roles, r => r.Name.StartsWith("Contoso", StringComparison.Ordinal));
        return refusal;
    }

    private static Func<string, string, string> Replacing(string original, string replacement) => (path, text) =>
    {
        if (!text.Contains(original, StringComparison.Ordinal))
        {
            return text;
        }

        return text.Replace(original, replacement, StringComparison.Ordinal);
    };

    // Clears the CLI header's StrongNameSigned flag, which is what an unsigned build lacks.
    private static byte[] WithoutStrongNameSignature(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var flagsAt = pe.PEHeaders.CorHeaderStartOffset + 16;
        var copy = (byte[])assembly.Clone();
        var flags = (CorFlags)BitConverter.ToInt32(copy, flagsAt) & ~CorFlags.StrongNameSigned;
        BitConverter.GetBytes((int)flags).CopyTo(copy, flagsAt);
        return copy;
    }
}
