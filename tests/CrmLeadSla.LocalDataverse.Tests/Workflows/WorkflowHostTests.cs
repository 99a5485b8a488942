using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.LocalDataverse.Workflows;
using CrmLeadSla.Solution.Workflows;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Workflows;

public class WorkflowHostTests
{
    private readonly LocalOrganization organization = new OrganizationBuilder().Build();

    [Fact]
    public void Workflow_activity_reads_inputs_and_writes_outputs()
    {
        var outputs = Host().Run(new GreetingActivity(), RunOnLead(new() { ["Name"] = "Ada", ["Points"] = 40 }));

        Assert.Equal("Ada has 40 points", outputs["Greeting"]);
    }

    [Fact]
    public void An_input_the_workflow_leaves_unset_takes_the_argument_default()
    {
        var outputs = Host().Run(new GreetingActivity(), RunOnLead(new() { ["Name"] = "Ada" }));

        Assert.Equal("Ada has 5 points", outputs["Greeting"]);
    }

    [Fact]
    public void Activity_reads_the_primary_row_and_running_user_from_the_workflow_context()
    {
        var run = RunOnLead([]);

        var outputs = Host().Run(new ContextEchoActivity(), run);

        Assert.Equal(run.PrimaryEntity, outputs["Primary"]);
        Assert.Equal(run.UserId, ((EntityReference)outputs["RunsAs"]!).Id);
    }

    [Fact]
    public void Workflow_context_says_whether_the_workflow_runs_in_real_time()
    {
        var outputs = Host().Run(new ContextEchoActivity(), RunOnLead([]) with { Mode = WorkflowMode.RealTime });

        Assert.Equal(true, outputs["RealTime"]);
    }

    [Fact]
    public void Activity_trace_goes_to_the_plugin_trace_log()
    {
        Host().Run(new ContextEchoActivity(), RunOnLead([]));

        var trace = Assert.Single(organization.Traces.Entries);
        Assert.Equal(typeof(ContextEchoActivity).FullName, trace.PluginTypeName);
        Assert.Equal(["Running on lead"], trace.Lines);
    }

    [Fact]
    public void Trace_of_a_real_time_activity_is_synchronous_post_operation_on_the_primary_table()
    {
        Host().Run(new ContextEchoActivity(), RunOnLead([]) with { Mode = WorkflowMode.RealTime });

        var trace = Assert.Single(organization.Traces.Entries);
        Assert.Equal(("lead", PipelineStage.PostOperation, StepMode.Synchronous), (trace.PrimaryEntity, trace.Stage, trace.Mode));
    }

    [Fact]
    public void Activity_writes_through_the_organization_service_factory_as_the_running_user()
    {
        var outputs = Host().Run(new CreateAccountActivity(), RunOnLead([]));

        var account = organization.Database.Find("account", ((EntityReference)outputs["Account"]!).Id)!;
        Assert.Equal(organization.AdminUserId, account.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Invalid_plugin_execution_exception_from_an_activity_fails_the_run_with_its_message()
    {
        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => Host().Run(new RefusingActivity(), RunOnLead([]))).Detail;

        Assert.Equal((ErrorCodes.PluginFault, "A rejection needs an agreed reason."), (fault.ErrorCode, fault.Message));
    }

    [Fact]
    public void Activity_with_unmarked_entity_reference_argument_is_refused()
    {
        var refusal = Assert.Throws<ActivityDeclarationException>(() => Host().Run(new UntargetedReferenceActivity(), RunOnLead([])));

        Assert.Contains("[ReferenceTarget]", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Activity_with_unmarked_option_set_argument_is_refused()
    {
        var refusal = Assert.Throws<ActivityDeclarationException>(() => Host().Run(new UntargetedOptionActivity(), RunOnLead([])));

        Assert.Contains("[AttributeTarget]", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Activity_with_an_argument_type_a_workflow_cannot_bind_is_refused()
    {
        var refusal = Assert.Throws<ActivityDeclarationException>(() => Host().Run(new GuidArgumentActivity(), RunOnLead([])));

        Assert.Contains("Guid", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Activity_with_an_output_argument_without_output_attribute_is_refused()
    {
        var refusal = Assert.Throws<ActivityDeclarationException>(() => Host().Run(new UnmarkedOutputActivity(), RunOnLead([])));

        Assert.Contains("[Output]", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_declared_activity_breaks_no_designer_rule()
    {
        Assert.Empty(ActivityDeclarationRules.Violations(typeof(ContextEchoActivity)));
    }

    private WorkflowHost Host() => new(organization);

    private WorkflowRun RunOnLead(Dictionary<string, object?> inputs) => new()
    {
        PrimaryEntity = new EntityReference("lead", Guid.NewGuid()),
        UserId = organization.AdminUserId,
        Inputs = inputs,
    };
}
