using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Workflows;
using static CrmLeadSla.LocalDataverse.Tests.Workflows.TestWorkflow;

namespace CrmLeadSla.LocalDataverse.Tests.Workflows;

/// <summary>A workflow the engine would not run as Dataverse does is refused when the organization activates it, naming the workflow and the step.</summary>
public class WorkflowActivationTests
{
    [Fact]
    public void An_activity_class_no_plugin_assembly_holds_is_refused()
    {
        var refusal = Activating(
            """
            <mxswa:ActivityReference AssemblyQualifiedName="Contoso.Missing.CountIssues, Contoso.Missing, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" DisplayName="CustomActivityStep1: Count issues" />
            """);

        Assert.Equal(("Test workflow", "CustomActivityStep1: Count issues"), (refusal.Workflow, refusal.Step));
        Assert.Contains("Contoso.Missing.CountIssues", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expression_outside_the_designers_subset_is_refused_naming_it()
    {
        var refusal = Activating(
            """
            <Sequence DisplayName="UpdateStep1: Rename">
              <Sequence.Variables><Variable x:TypeArguments="x:Object" Name="UpdateStep1_1" /></Sequence.Variables>
              <Assign x:TypeArguments="x:Object" To="[UpdateStep1_1]" Value="[String.Concat(&quot;a&quot;, &quot;b&quot;)]" />
            </Sequence>
            """);

        Assert.Equal("UpdateStep1: Rename", refusal.Step);
        Assert.Contains("[String.Concat(\"a\", \"b\")]", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_no_step_declares_is_refused()
    {
        var refusal = Activating(
            """
            <Sequence DisplayName="UpdateStep1: Rename">
              <Assign x:TypeArguments="x:Object" To="[UpdateStep1_9]" Value="[True]" />
            </Sequence>
            """);

        Assert.Contains("'UpdateStep1_9', which is neither a variable of the workflow", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_the_table_lacks_is_refused()
    {
        var refusal = Activating(
            """
            <Sequence DisplayName="UpdateStep1: Read">
              <Sequence.Variables><Variable x:TypeArguments="x:Object" Name="UpdateStep1_1" /></Sequence.Variables>
              <mxswa:GetEntityProperty Attribute="new_nosuchcolumn" Entity="[InputEntities(&quot;primaryEntity&quot;)]" EntityName="lead" Value="[UpdateStep1_1]" />
            </Sequence>
            """);

        Assert.Equal("UpdateStep1: Read", refusal.Step);
        Assert.Equal("the table 'lead' has no column 'new_nosuchcolumn'.", refusal.Problem);
    }

    [Fact]
    public void A_step_the_engine_does_not_run_is_refused()
    {
        var refusal = Activating("""<mxswa:SendEmail DisplayName="SendEmailStep1: Tell the owner" />""");

        Assert.Equal("SendEmailStep1: Tell the owner", refusal.Step);
        Assert.Contains("<SendEmail>", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_the_activity_does_not_have_is_refused()
    {
        var refusal = Activating(
            $"""
            <mxswa:ActivityReference AssemblyQualifiedName="{typeof(GreetingActivity).AssemblyQualifiedName}" DisplayName="CustomActivityStep1: Greet">
              <mxswa:ActivityReference.Arguments>
                <InArgument x:TypeArguments="x:String" x:Key="Nickname">Ann</InArgument>
              </mxswa:ActivityReference.Arguments>
            </mxswa:ActivityReference>
            """);

        Assert.Contains("'Nickname'", refusal.Problem, StringComparison.Ordinal);
        Assert.Contains("Name", refusal.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_time_workflow_that_waits_is_refused()
    {
        var refusal = Assert.Throws<WorkflowDefinitionException>(() => new OrganizationBuilder()
            .WithWorkflow(OnLead("Test workflow", new WaitUntil(TestMetadata.ScoredOn)) with { Mode = WorkflowMode.RealTime, TriggerOnCreate = true })
            .Build());

        Assert.Contains("a real-time workflow waits", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Starting_a_workflow_that_is_no_child_process_is_refused()
    {
        var refusal = Assert.Throws<WorkflowDefinitionException>(() => new OrganizationBuilder()
            .WithWorkflow(OnLead("Test workflow", new RunAgainAfter(TimeSpan.FromDays(1))) with { TriggerOnCreate = true })
            .Build());

        Assert.Contains("not an activated workflow available as a child process", refusal.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_workflow_is_kept_but_neither_checked_nor_run()
    {
        var organization = new OrganizationBuilder().WithWorkflow(Registration("""<mxswa:SendEmail DisplayName="SendEmailStep1" />""") with { IsActivated = false }).Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Microsoft.Xrm.Sdk.Entity("lead") { ["subject"] = "New" });

        Assert.Single(organization.Workflows);
        Assert.Empty(organization.AsyncJobs.All);
    }

    private static WorkflowDefinitionException Activating(string steps) =>
        Assert.Throws<WorkflowDefinitionException>(() => new OrganizationBuilder().WithWorkflow(Registration(steps)).Build());

    private static WorkflowRegistration Registration(string steps) => new()
    {
        Id = Guid.NewGuid(),
        Name = Label("Test workflow"),
        Entity = "lead",
        TriggerOnCreate = true,
        Xaml = DesignerXaml.Body(steps),
    };
}
