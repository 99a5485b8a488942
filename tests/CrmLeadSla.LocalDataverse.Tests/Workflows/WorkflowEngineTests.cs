using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Workflows;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.LocalDataverse.Tests.Workflows.TestWorkflow;

namespace CrmLeadSla.LocalDataverse.Tests.Workflows;

/// <summary>The workflow engine runs a workflow's XAML: triggers, system jobs, waits, conditions, real-time stages.</summary>
public class WorkflowEngineTests
{
    private static readonly DateTime Start = OrganizationBuilder.Start;

    [Fact]
    public void A_background_workflow_starts_when_its_trigger_column_is_saved_and_runs_with_the_jobs()
    {
        var organization = new OrganizationBuilder().WithWorkflow(OnLead("Make an account", Activity<CreateAccountActivity>("Create")) with { TriggerOnUpdate = ["subject"] }).Build();
        var lead = Admin(organization).Create(new Entity("lead") { ["subject"] = "New" });

        Admin(organization).Update(new Entity("lead", lead) { ["subject"] = "Changed" });
        var queued = organization.AsyncJobs.Waiting.Single();
        organization.RunPendingAsyncJobs();

        Assert.Equal(("Make an account", AsyncJobKind.Workflow, new EntityReference("lead", lead).Id), (queued.Name, queued.Kind, queued.Regarding.Id));
        Assert.Equal(AsyncJobStatus.Succeeded, queued.Status);
        Assert.Equal(1, organization.Database.CountOf("account"));
    }

    [Fact]
    public void A_save_of_another_column_starts_nothing()
    {
        var organization = new OrganizationBuilder().WithWorkflow(OnLead("Make an account", Activity<CreateAccountActivity>("Create")) with { TriggerOnUpdate = ["subject"] }).Build();
        var lead = Admin(organization).Create(new Entity("lead") { ["subject"] = "New" });

        Admin(organization).Update(new Entity("lead", lead) { ["numberofemployees"] = 10 });

        Assert.Empty(organization.AsyncJobs.All);
    }

    [Fact]
    public void A_save_that_rolls_back_starts_no_workflow()
    {
        var organization = new OrganizationBuilder()
            .WithWorkflow(OnLead("Make an account", Activity<CreateAccountActivity>("Create")) with { TriggerOnCreate = true })
            .WithStep(StepBuilder.Running(_ => throw new InvalidPluginExecutionException("No.")).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => Admin(organization).Create(new Entity("lead") { ["subject"] = "New" }));

        Assert.Empty(organization.AsyncJobs.All);
    }

    [Fact]
    public void A_workflow_waiting_for_a_date_column_sleeps_until_the_clock_passes_it()
    {
        var organization = new OrganizationBuilder()
            .WithWorkflow(OnLead("Wait, then make an account", new WaitUntil(TestMetadata.ScoredOn), Activity<CreateAccountActivity>("Create")) with { TriggerOnCreate = true })
            .Build();
        Admin(organization).Create(new Entity("lead") { [TestMetadata.ScoredOn] = Start.AddHours(2) });
        organization.RunPendingAsyncJobs();
        var job = organization.AsyncJobs.All.Single();

        organization.Clock.Set(Start.AddHours(1));
        organization.RunPendingAsyncJobs();
        var asleep = (job.Status, job.PostponeUntil, organization.Database.CountOf("account"));
        organization.Clock.Set(Start.AddHours(2).AddMinutes(1));
        organization.RunPendingAsyncJobs();

        Assert.Equal((AsyncJobStatus.Postponed, Start.AddHours(2), 0), asleep);
        Assert.Equal((AsyncJobStatus.Succeeded, 1), (job.Status, organization.Database.CountOf("account")));
    }

    [Fact]
    public void A_waiting_workflow_evaluates_its_wait_again_when_the_date_column_changes()
    {
        var organization = new OrganizationBuilder()
            .WithWorkflow(OnLead("Wait, then make an account", new WaitUntil(TestMetadata.ScoredOn), Activity<CreateAccountActivity>("Create")) with { TriggerOnCreate = true })
            .Build();
        var lead = Admin(organization).Create(new Entity("lead") { [TestMetadata.ScoredOn] = Start.AddDays(2) });
        organization.RunPendingAsyncJobs();

        Admin(organization).Update(new Entity("lead", lead) { [TestMetadata.ScoredOn] = Start.AddMinutes(-1) });
        organization.RunPendingAsyncJobs();

        Assert.Equal(AsyncJobStatus.Succeeded, organization.AsyncJobs.All.Single().Status);
        Assert.Equal(1, organization.Database.CountOf("account"));
    }

    [Fact]
    public void A_wait_on_an_empty_date_waits_until_the_date_is_set()
    {
        var organization = new OrganizationBuilder()
            .WithWorkflow(OnLead("Wait, then make an account", new WaitUntil(TestMetadata.ScoredOn), Activity<CreateAccountActivity>("Create")) with { TriggerOnCreate = true })
            .Build();
        var lead = Admin(organization).Create(new Entity("lead") { ["subject"] = "No date yet" });
        organization.RunPendingAsyncJobs();
        organization.Clock.Set(Start.AddDays(30));
        organization.RunPendingAsyncJobs();
        var meanwhile = (organization.AsyncJobs.All.Single().Status, organization.AsyncJobs.NextDueOn);

        Admin(organization).Update(new Entity("lead", lead) { [TestMetadata.ScoredOn] = Start });
        organization.RunPendingAsyncJobs();

        Assert.Equal((AsyncJobStatus.Postponed, (DateTime?)null), meanwhile);
        Assert.Equal(AsyncJobStatus.Succeeded, organization.AsyncJobs.All.Single().Status);
    }

    [Fact]
    public void A_condition_on_an_activity_output_runs_its_steps_only_when_it_holds()
    {
        var organization = new OrganizationBuilder()
            .WithWorkflow(OnLead(
                "Greet, then make an account for Ann",
                Activity<GreetingActivity>("Greet", new ActivityInput("Name", "subject", null)),
                new OutputCondition("Greeted Ann?", "Greet", "Greeting", OutputComparison.Equal, "Ann has 5 points", [Activity<CreateAccountActivity>("Create")])) with { TriggerOnCreate = true })
            .Build();

        Admin(organization).Create(new Entity("lead") { ["subject"] = "Bob" });
        organization.RunPendingAsyncJobs();
        var forBob = organization.Database.CountOf("account");
        Admin(organization).Create(new Entity("lead") { ["subject"] = "Ann" });
        organization.RunPendingAsyncJobs();

        Assert.Equal((0, 1), (forBob, organization.Database.CountOf("account")));
    }

    [Fact]
    public void A_real_time_workflow_before_the_save_refuses_it_with_the_activitys_message_and_nothing_is_saved()
    {
        var organization = new OrganizationBuilder().WithWorkflow(RefusesBadSubjects(WorkflowStage.Before)).Build();
        var lead = Admin(organization).Create(new Entity("lead") { ["subject"] = "Good" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Admin(organization).Update(new Entity("lead", lead) { ["subject"] = "bad" }));

        Assert.Equal("A subject of 'bad' is not allowed. Choose another subject.", fault.Detail.Message);
        Assert.Equal(ErrorCodes.PluginFault, fault.Detail.ErrorCode);
        Assert.Equal("Good", organization.Database.Find("lead", lead)!.GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void A_real_time_workflow_lets_a_valid_save_through_at_once()
    {
        var organization = new OrganizationBuilder().WithWorkflow(RefusesBadSubjects(WorkflowStage.Before)).Build();
        var lead = Admin(organization).Create(new Entity("lead") { ["subject"] = "Good" });

        Admin(organization).Update(new Entity("lead", lead) { ["subject"] = "Better" });

        Assert.Equal("Better", organization.Database.Find("lead", lead)!.GetAttributeValue<string>("subject"));
        Assert.Empty(organization.AsyncJobs.All);
    }

    [Fact]
    public void A_save_that_bypasses_custom_synchronous_logic_skips_real_time_workflows()
    {
        var organization = new OrganizationBuilder().WithWorkflow(RefusesBadSubjects(WorkflowStage.Before)).Build();
        var lead = Admin(organization).Create(new Entity("lead") { ["subject"] = "Good" });

        Admin(organization).Execute(new OrganizationRequest("Update") { ["Target"] = new Entity("lead", lead) { ["subject"] = "bad" }, ["BypassCustomPluginExecution"] = true });

        Assert.Equal("bad", organization.Database.Find("lead", lead)!.GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void A_real_time_workflow_after_the_save_writes_in_the_saves_transaction()
    {
        var organization = new OrganizationBuilder()
            .WithWorkflow(OnLead("Make an account", Activity<CreateAccountActivity>("Create")) with { Mode = WorkflowMode.RealTime, Stage = WorkflowStage.After, TriggerOnCreate = true })
            .WithStep(StepBuilder.Running(_ => throw new InvalidPluginExecutionException("No.")).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => Admin(organization).Create(new Entity("lead") { ["subject"] = "New" }));

        Assert.Equal(0, organization.Database.CountOf("account"));
    }

    [Fact]
    public void The_requests_of_a_real_time_workflow_are_counted_as_the_workflows_one_level_down()
    {
        var organization = new OrganizationBuilder()
            .WithWorkflow(OnLead("Make an account", Activity<CreateAccountActivity>("Create")) with { Mode = WorkflowMode.RealTime, Stage = WorkflowStage.After, TriggerOnCreate = true })
            .Build();
        using var measurement = organization.Requests.Measure();

        Admin(organization).Create(new Entity("lead") { ["subject"] = "New" });

        var byWorkflow = Assert.Single(measurement.Requests, r => r.FromWorkflow);
        Assert.Equal(("Create", "account", 2, false), (byWorkflow.Message, byWorkflow.Table, byWorkflow.Depth, byWorkflow.FromPlugin));
    }

    [Fact]
    public void An_on_demand_workflow_starts_as_a_system_job_with_execute_workflow()
    {
        var workflow = OnLead("Make an account", Activity<CreateAccountActivity>("Create")) with { OnDemand = true };
        var organization = new OrganizationBuilder().WithWorkflow(workflow).Build();
        var lead = Admin(organization).Create(new Entity("lead") { ["subject"] = "New" });

        var response = new ExecuteWorkflowResponse { Results = Admin(organization).Execute(new ExecuteWorkflowRequest { EntityId = lead, WorkflowId = workflow.Id }).Results };
        organization.RunPendingAsyncJobs();

        Assert.Equal(AsyncJobStatus.Succeeded, organization.AsyncJobs.Find(response.Id)!.Status);
        Assert.Equal(1, organization.Database.CountOf("account"));
    }

    [Fact]
    public void A_workflow_that_is_not_on_demand_cannot_be_started_by_hand()
    {
        var workflow = OnLead("Make an account", Activity<CreateAccountActivity>("Create")) with { TriggerOnCreate = true };
        var organization = new OrganizationBuilder().WithWorkflow(workflow).Build();
        var lead = Admin(organization).Create(new Entity("lead") { ["subject"] = "New" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Admin(organization).Execute(new ExecuteWorkflowRequest { EntityId = lead, WorkflowId = workflow.Id }));

        Assert.Contains("'Make an account' cannot be started on demand", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workflow_that_starts_itself_again_as_a_child_every_day_keeps_running_past_the_loop_limit()
    {
        var organization = new OrganizationBuilder()
            .WithWorkflow(OnLead("Daily account", Activity<CreateAccountActivity>("Create"), new RunAgainAfter(TimeSpan.FromDays(1))) with { TriggerOnCreate = true, Subprocess = true })
            .Build();
        Admin(organization).Create(new Entity("lead") { ["subject"] = "New" });

        for (var day = 0; day <= 10; day++)
        {
            organization.Clock.Set(Start.AddDays(day).AddMinutes(1));
            organization.RunPendingAsyncJobs();
        }

        Assert.Equal(11, organization.Database.CountOf("account"));
        Assert.DoesNotContain(organization.AsyncJobs.All, j => j.Status is AsyncJobStatus.Failed or AsyncJobStatus.Canceled);
    }

    [Fact]
    public void A_workflow_whose_update_starts_it_again_is_canceled_as_an_infinite_loop()
    {
        var organization = new OrganizationBuilder().WithWorkflow(CountsEmployeesUp()).Build();
        var lead = Admin(organization).Create(new Entity("lead") { ["subject"] = "New" });

        Admin(organization).Update(new Entity("lead", lead) { ["numberofemployees"] = 1 });
        while (organization.RunPendingAsyncJobs() > 0)
        {
        }

        var last = organization.AsyncJobs.All[^1];
        Assert.Equal(AsyncJobStatus.Canceled, last.Status);
        Assert.Contains("infinite loop", last.Error, StringComparison.Ordinal);
        Assert.Equal(8, organization.Database.Find("lead", lead)!.GetAttributeValue<int>("numberofemployees"));
    }

    [Fact]
    public void A_workflow_of_user_scope_starts_only_for_rows_its_owner_owns()
    {
        var organization = new OrganizationBuilder().WithWorkflow(OnLead("Make an account", Activity<CreateAccountActivity>("Create")) with { TriggerOnCreate = true, Scope = WorkflowScope.User }).Build();
        var other = organization.CreateUser("Other", null, organization.Security.SystemAdministrator.Id);

        Admin(organization).Create(new Entity("lead") { ["subject"] = "Admin's" });
        organization.ServiceFor(other).Create(new Entity("lead") { ["subject"] = "Other's" });

        Assert.Equal("Admin's", organization.Database.Find("lead", organization.AsyncJobs.All.Single().Regarding.Id)!.GetAttributeValue<string>("subject"));
    }

    private static ShippedWorkflow RefusesBadSubjects(WorkflowStage stage) => OnLead(
        "Refuse bad subjects",
        Activity<VerdictActivity>("Judge the subject", new ActivityInput("Subject", "subject", null)) with { RefuseUnless = new ActivityVerdict("IsValid", "Message") })
        with { Mode = WorkflowMode.RealTime, Stage = stage, RunAs = WorkflowRunAs.CallingUser, TriggerOnUpdate = ["subject"] };

    // The designer's update step: a working copy of the row with numberofemployees + 1, saved with UpdateEntity.
    private static WorkflowRegistration CountsEmployeesUp() => new()
    {
        Id = Guid.NewGuid(),
        Name = Label("Count employees up"),
        Entity = "lead",
        TriggerOnUpdate = ["numberofemployees"],
        Xaml = DesignerXaml.Body(
            """
            <Sequence DisplayName="UpdateStep1: Count up">
              <Sequence.Variables><Variable x:TypeArguments="x:Object" Name="UpdateStep1_1" /><Variable x:TypeArguments="x:Object" Name="UpdateStep1_2" /></Sequence.Variables>
              <Assign x:TypeArguments="mxs:Entity" To="[CreatedEntities(&quot;primaryEntity#Temp&quot;)]" Value="[New Entity(&quot;lead&quot;)]" />
              <Assign x:TypeArguments="s:Guid" To="[CreatedEntities(&quot;primaryEntity#Temp&quot;).Id]" Value="[InputEntities(&quot;primaryEntity&quot;).Id]" />
              <mxswa:GetEntityProperty Attribute="numberofemployees" Entity="[InputEntities(&quot;primaryEntity&quot;)]" EntityName="lead" Value="[UpdateStep1_1]">
                <mxswa:GetEntityProperty.TargetType><InArgument x:TypeArguments="s:Type"><mxswa:ReferenceLiteral x:TypeArguments="s:Type" Value="x:Int32" /></InArgument></mxswa:GetEntityProperty.TargetType>
              </mxswa:GetEntityProperty>
              <mxswa:ActivityReference AssemblyQualifiedName="Microsoft.Crm.Workflow.Activities.EvaluateExpression, Microsoft.Crm.Workflow, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35" DisplayName="EvaluateExpression">
                <mxswa:ActivityReference.Arguments>
                  <InArgument x:TypeArguments="x:String" x:Key="ExpressionOperator">CreateCrmType</InArgument>
                  <InArgument x:TypeArguments="s:Object[]" x:Key="Parameters">[New Object() { Microsoft.Xrm.Sdk.Workflow.WorkflowPropertyType.Integer, "1" }]</InArgument>
                  <InArgument x:TypeArguments="s:Type" x:Key="TargetType"><mxswa:ReferenceLiteral x:TypeArguments="s:Type" Value="x:Int32" /></InArgument>
                  <OutArgument x:TypeArguments="x:Object" x:Key="Result">[UpdateStep1_2]</OutArgument>
                </mxswa:ActivityReference.Arguments>
              </mxswa:ActivityReference>
              <mxswa:ActivityReference AssemblyQualifiedName="Microsoft.Crm.Workflow.Activities.EvaluateExpression, Microsoft.Crm.Workflow, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35" DisplayName="EvaluateExpression">
                <mxswa:ActivityReference.Arguments>
                  <InArgument x:TypeArguments="x:String" x:Key="ExpressionOperator">Add</InArgument>
                  <InArgument x:TypeArguments="s:Object[]" x:Key="Parameters">[New Object() { UpdateStep1_1, UpdateStep1_2 }]</InArgument>
                  <InArgument x:TypeArguments="s:Type" x:Key="TargetType"><mxswa:ReferenceLiteral x:TypeArguments="s:Type" Value="x:Int32" /></InArgument>
                  <OutArgument x:TypeArguments="x:Object" x:Key="Result">[UpdateStep1_1]</OutArgument>
                </mxswa:ActivityReference.Arguments>
              </mxswa:ActivityReference>
              <mxswa:SetEntityProperty Attribute="numberofemployees" Entity="[CreatedEntities(&quot;primaryEntity#Temp&quot;)]" EntityName="lead" Value="[UpdateStep1_1]">
                <mxswa:SetEntityProperty.TargetType><InArgument x:TypeArguments="s:Type"><mxswa:ReferenceLiteral x:TypeArguments="s:Type" Value="x:Int32" /></InArgument></mxswa:SetEntityProperty.TargetType>
              </mxswa:SetEntityProperty>
              <mxswa:UpdateEntity DisplayName="UpdateStep1" Entity="[CreatedEntities(&quot;primaryEntity#Temp&quot;)]" EntityName="lead" />
              <Persist />
            </Sequence>
            """),
    };

    private static IOrganizationService Admin(LocalOrganization organization) => organization.ServiceFor(organization.AdminUserId);
}
