using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>Malformed roles, plug-in steps and manifests are refused with the file, the element, the problem and the fix.</summary>
public sealed class BadRegistrationSourceTests : IDisposable
{
    private const string Assembly = "PluginAssemblies/CrmLeadSla.Plugins.xml";
    private const string Role = "Roles/Tester.xml";
    private readonly SolutionFolderFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private SolutionFolderFixture WithStep(string attributes, string body = "") =>
        fixture.With(Assembly, $"""
            <pluginassembly name="CrmLeadSla.Plugins">
              <plugintype name="CrmLeadSla.Plugins.LeadScoringPlugin">
                <step id="0b8c3a52-6f0e-4d3c-9a1e-2f4b6d8e0a11" name="Score lead" {attributes}>{body}</step>
              </plugintype>
            </pluginassembly>
            """);

    private SolutionFolderFixture WithRole(string privileges) =>
        fixture.With(Role, $"""<role id="5d2f7a94-3c1b-4e8d-a6f0-9b2c4e6a8d10" name="Tester">{privileges}</role>""");

    [Fact]
    public void A_well_formed_step_loads()
    {
        var step = Assert.Single(WithStep("""message="Update" entity="lead" stage="PreOperation" filteringattributes="budgetstatus" """).Load().Steps);

        Assert.Equal("CrmLeadSla.Plugins.LeadScoringPlugin", step.PluginTypeName);
    }

    [Fact]
    public void A_step_on_an_unknown_message_is_refused()
    {
        var error = WithStep("""message="Updat" entity="lead" stage="20" """).LoadFails();

        Assert.Equal(Assembly, error.File);
        Assert.Equal("<step name=\"Score lead\">", error.Element);
        Assert.Contains("the message 'Updat' is not one the solution can register on", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("MainOperation")]
    [InlineData("PostOperatoin")]
    public void A_step_in_an_unknown_stage_is_refused(string stage)
    {
        var error = WithStep($"""message="Update" entity="lead" stage="{stage}" """).LoadFails();

        Assert.Contains($"the stage '{stage}' is not a stage a step can be registered in", error.Message, StringComparison.Ordinal);
        Assert.Contains("PreValidation (10), PreOperation (20) or PostOperation (40)", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_on_an_unknown_table_is_refused()
    {
        var error = WithStep($"""message="Create" entity="{Custom("nothing")}" stage="PostOperation" """).LoadFails();

        Assert.Contains($"the table '{Custom("nothing")}' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asynchronous_step_before_the_operation_is_refused()
    {
        var error = WithStep("""message="Update" entity="lead" stage="PreOperation" mode="Asynchronous" """).LoadFails();

        Assert.Contains("an asynchronous step runs after the operation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filtering_attribute_the_table_lacks_is_refused()
    {
        var error = WithStep($"""message="Update" entity="lead" stage="PreOperation" filteringattributes="budgetstatus,{Custom("nonsense")}" """).LoadFails();

        Assert.Contains($"the filtering attribute '{Custom("nonsense")}' is not a column of 'lead'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filtering_attributes_on_a_create_step_are_refused()
    {
        var error = WithStep("""message="Create" entity="lead" stage="PreOperation" filteringattributes="budgetstatus" """).LoadFails();

        Assert.Contains("filtering attributes apply to Update and UpdateMultiple steps only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pre_image_on_create_is_refused()
    {
        var error = WithStep("""message="Create" entity="lead" stage="PostOperation" """, """<image alias="Before" type="PreImage" />""").LoadFails();

        Assert.Equal("<image alias=\"Before\">", error.Element);
        Assert.Contains("a Create step has no pre-image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_image_before_the_operation_is_refused()
    {
        var error = WithStep("""message="Update" entity="lead" stage="PreOperation" """, """<image alias="After" type="PostImage" />""").LoadFails();

        Assert.Contains("a post-image exists only after the operation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_column_the_table_lacks_is_refused()
    {
        var error = WithStep("""message="Update" entity="lead" stage="PostOperation" """, $"""<image alias="Before" type="PreImage" attributes="budgetstatus,{Custom("gradee")}" />""").LoadFails();

        Assert.Contains($"the image attribute '{Custom("gradee")}' is not a column of 'lead'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_plug_in_twice_on_one_event_is_refused()
    {
        var error = fixture.With(Assembly, """
            <pluginassembly name="CrmLeadSla.Plugins">
              <plugintype name="CrmLeadSla.Plugins.LeadScoringPlugin">
                <step id="0b8c3a52-6f0e-4d3c-9a1e-2f4b6d8e0a11" name="Score lead" message="Update" entity="lead" stage="PreOperation" filteringattributes="need" />
                <step id="0b8c3a52-6f0e-4d3c-9a1e-2f4b6d8e0a12" name="Score lead again" message="Update" entity="lead" stage="PreOperation" filteringattributes="budgetstatus" />
              </plugintype>
            </pluginassembly>
            """).LoadFails();

        Assert.Equal("<step name=\"Score lead again\">", error.Element);
        Assert.Contains("is already registered on Update of 'lead' in PreOperation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_without_an_id_is_refused()
    {
        var error = fixture.With(Assembly, """
            <pluginassembly name="CrmLeadSla.Plugins">
              <plugintype name="CrmLeadSla.Plugins.LeadScoringPlugin">
                <step name="Score lead" message="Update" entity="lead" stage="PreOperation" />
              </plugintype>
            </pluginassembly>
            """).LoadFails();

        Assert.Contains("the attribute 'id' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_privilege_on_an_unknown_table_is_refused()
    {
        var error = WithRole($"""<privilege table="{Custom("nothing")}" read="Global" />""").LoadFails();

        Assert.Equal(Role, error.File);
        Assert.Equal($"<privilege table=\"{Custom("nothing")}\">", error.Element);
        Assert.Contains($"the table '{Custom("nothing")}' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_privilege_with_an_unknown_depth_is_refused()
    {
        var error = WithRole("""<privilege table="lead" read="Organization" />""").LoadFails();

        Assert.Contains("'read' is 'Organization', which is not a known PrivilegeDepth", error.Message, StringComparison.Ordinal);
        Assert.Contains("Basic, Local, Deep, Global", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_privilege_on_an_unknown_access_right_is_refused()
    {
        var error = WithRole("""<privilege table="lead" approve="Global" />""").LoadFails();

        Assert.Contains("the attribute 'approve' is not part of the source format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_owned_table_has_global_privileges_only()
    {
        var error = fixture.WithTable(Thing, attributes: "ownership=\"OrganizationOwned\"")
            .With(Role, $"""<role id="5d2f7a94-3c1b-4e8d-a6f0-9b2c4e6a8d10" name="Tester"><privilege table="{Thing}" read="Local" /></role>""")
            .LoadFails();

        Assert.Contains($"'{Thing}' is organization-owned", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_without_a_publisher_is_refused()
    {
        var error = fixture.With("solution.xml", """
            <solution uniquename="Fixture" version="1.0.0.0" languages="1033">
              <label lcid="1033" description="A fixture.">Fixture</label>
            </solution>
            """).LoadFails();

        Assert.Equal("solution.xml", error.File);
        Assert.Contains("the solution has no publisher", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_refused()
    {
        File.Delete(Path.Combine(fixture.Folder, "solution.xml"));

        var error = fixture.LoadFails();

        Assert.Contains("has no solution.xml", error.Message, StringComparison.Ordinal);
    }
}
