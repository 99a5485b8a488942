using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Registration;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>The plug-in registration source becomes StepRegistration records, as sdkmessageprocessingstep rows would.</summary>
public sealed class PluginRegistrationTests : IDisposable
{
    private static readonly string Lead = $"""
        <table name="lead" existing="true">
          {SolutionFolderFixture.Column(LeadSchema.FitScore, "Integer")}
          {SolutionFolderFixture.Column(LeadSchema.BehaviorScore, "Integer")}
          {SolutionFolderFixture.Column(LeadSchema.Grade, "Picklist", body: SolutionFolderFixture.Option((int)Grade.A))}
          {SolutionFolderFixture.Column(LeadSchema.ScoredOn, "DateTime")}
          {SolutionFolderFixture.Column(LeadSchema.FunnelStage, "Picklist", body: SolutionFolderFixture.Option((int)FunnelStage.Inquiry))}
          {SolutionFolderFixture.Column(LeadSchema.LeadIndex, "String")}
        </table>
        """;

    private static readonly string Interaction = $"""
        <table name="{InteractionSchema.EntityName}" isactivity="true">
          <label lcid="1033" collection="Interactions" description="A touch.">Interaction</label>
          <label lcid="1031" collection="Interaktionen" description="Ein Kontakt.">Interaktion</label>
          {SolutionFolderFixture.Column("regardingobjectid", "Lookup", body: $"""<relationship name="{Custom("lead_interaction")}" referenced="lead" />""")}
          {SolutionFolderFixture.Column(InteractionSchema.InteractionType, "Picklist", body: SolutionFolderFixture.Option((int)InteractionType.WebsiteVisit))}
          {SolutionFolderFixture.Column(InteractionSchema.OccurredOn, "DateTime")}
        </table>
        """;

    private readonly SolutionFolderFixture fixture = new();
    private readonly PluginAssemblyDefinition assembly;

    public PluginRegistrationTests()
    {
        assembly = Assert.Single(fixture
            .With("Tables/lead.xml", Lead)
            .With($"Tables/{InteractionSchema.EntityName}.xml", Interaction)
            .With("PluginAssemblies/CrmLeadSla.Plugins.xml", PluginRegistrationExample.Xml)
            .Load().PluginAssemblies);
    }

    public void Dispose() => fixture.Dispose();

    private StepRegistration Step(string name) => assembly.Steps.Single(s => s.Name == name);

    [Fact]
    public void The_assembly_lists_its_plug_in_and_workflow_activity_types()
    {
        Assert.Equal(IsolationMode.Sandbox, assembly.IsolationMode);
        Assert.Equal(4, assembly.Types.Count);
        Assert.Equal("Lead SLA", assembly.Types.Single(t => t.TypeName == "CrmLeadSla.Workflows.CalculateSlaDueDate").WorkflowActivityGroupName);
        Assert.Null(assembly.Types.Single(t => t.TypeName == "CrmLeadSla.Plugins.LeadScoringPlugin").WorkflowActivityGroupName);
    }

    [Fact]
    public void A_step_names_its_plug_in_type_message_table_stage_mode_and_rank()
    {
        var step = Step("Score lead on update");

        Assert.Equal(Guid.Parse("6a1d9e3c-2b47-4f08-8c15-3e7a9b2d4f02"), step.Id);
        Assert.Equal("CrmLeadSla.Plugins.LeadScoringPlugin", step.PluginTypeName);
        Assert.Equal(("Update", "lead"), (step.Message, step.PrimaryEntity));
        Assert.Equal((PipelineStage.PreOperation, StepMode.Synchronous, 10), (step.Stage, step.Mode, step.Rank));
    }

    [Fact]
    public void Filtering_attributes_are_read_as_a_list()
    {
        Assert.Equal(
            ["budgetstatus", "decisionmaker", "need", "purchasetimeframe", "industrycode", "numberofemployees", "revenue", "jobtitle"],
            Step("Score lead on update").FilteringAttributes);
    }

    [Fact]
    public void An_image_carries_its_alias_kind_columns_and_message_property()
    {
        var image = Assert.Single(Step("Score lead on update").Images);

        Assert.Equal(("PreImage", ImageKind.PreImage, "Target"), (image.Alias, image.Kind, image.MessagePropertyName));
        Assert.Equal([LeadSchema.FitScore, LeadSchema.BehaviorScore, LeadSchema.Grade, LeadSchema.ScoredOn], image.Attributes);
    }

    [Theory]
    [InlineData("Score interaction", "id")]
    [InlineData("Record qualification", "LeadId")]
    public void The_image_names_the_row_by_the_messages_own_parameter(string step, string property)
    {
        Assert.Equal(property, Assert.Single(Step(step).Images).MessagePropertyName);
    }

    [Fact]
    public void A_numeric_stage_and_asynchronous_settings_are_read()
    {
        var step = Step("Score interaction");

        Assert.Equal((PipelineStage.PostOperation, StepMode.Asynchronous, true), (step.Stage, step.Mode, step.AsyncAutoDelete));
        Assert.Equal(Guid.Parse("a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12"), step.RunAsUserId);
    }

    [Fact]
    public void Configuration_strings_reach_the_step()
    {
        Assert.Equal("""{"traceRules":true}""", Step("Score lead on update").UnsecureConfiguration);
        Assert.Equal("secret", Step("Score interaction").SecureConfiguration);
    }

    [Fact]
    public void A_disabled_step_is_kept_but_marked()
    {
        Assert.False(Step("Check funnel move").IsEnabled);
        Assert.True(Step("Score lead on create").IsEnabled);
    }

    [Fact]
    public void Unset_step_settings_take_the_platform_defaults()
    {
        var step = Step("Record qualification");

        Assert.Equal((StepMode.Synchronous, 1, false), (step.Mode, step.Rank, step.AsyncAutoDelete));
        Assert.Empty(step.FilteringAttributes);
        Assert.Null(step.RunAsUserId);
    }
}
