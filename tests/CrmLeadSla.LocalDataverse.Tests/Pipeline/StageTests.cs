using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline;

public class StageTests
{
    [Fact]
    public void Pre_operation_changes_to_target_are_saved_with_the_operation()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Target["subject"] = "set by plug-in").On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        var id = service.Create(new Entity("lead") { ["subject"] = "typed" });

        Assert.Equal("set by plug-in", service.Retrieve("lead", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void Post_operation_changes_to_target_are_not_saved()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Target["subject"] = "too late").On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        var id = service.Create(new Entity("lead") { ["subject"] = "typed" });

        Assert.Equal("typed", service.Retrieve("lead", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void Post_operation_failure_rolls_back_the_main_operation_and_nested_writes()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run =>
            {
                run.Service.Create(new Entity("account") { ["name"] = "nested" });
                throw new InvalidPluginExecutionException("refused");
            }).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead")));

        Assert.Equal(0, organization.Database.CountOf("lead"));
        Assert.Equal(0, organization.Database.CountOf("account"));
    }

    [Fact]
    public void Pre_validation_writes_survive_a_later_failure()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Service.Create(new Entity("account") { ["name"] = "audit" }))
                .On("Create", "lead").At(PipelineStage.PreValidation))
            .WithStep(StepBuilder.Running(_ => throw new InvalidPluginExecutionException("refused"))
                .On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead")));

        Assert.Equal(0, organization.Database.CountOf("lead"));
        Assert.Equal(1, organization.Database.CountOf("account"));
    }

    [Fact]
    public void Pre_validation_of_a_top_level_call_runs_outside_the_transaction()
    {
        var inTransaction = new Dictionary<int, bool>();
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => inTransaction[run.Context.Stage] = run.Context.IsInTransaction).On("Create", "lead").At(PipelineStage.PreValidation))
            .WithStep(StepBuilder.Running(run => inTransaction[run.Context.Stage] = run.Context.IsInTransaction).On("Create", "lead").At(PipelineStage.PreOperation))
            .WithStep(StepBuilder.Running(run => inTransaction[run.Context.Stage] = run.Context.IsInTransaction).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal(new Dictionary<int, bool> { [10] = false, [20] = true, [40] = true }, inTransaction);
    }

    [Fact]
    public void Pre_validation_of_a_nested_call_runs_inside_the_parent_transaction()
    {
        bool? nestedInTransaction = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Service.Create(new Entity("account"))).On("Create", "lead").At(PipelineStage.PostOperation))
            .WithStep(StepBuilder.Running(run => nestedInTransaction = run.Context.IsInTransaction).On("Create", "account").At(PipelineStage.PreValidation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.True(nestedInTransaction);
    }

    [Fact]
    public void Steps_run_in_rank_order()
    {
        var order = new List<string>();
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => order.Add("third")).On("Create", "lead").At(PipelineStage.PreOperation).Ranked(3))
            .WithStep(StepBuilder.Running(_ => order.Add("first")).On("Create", "lead").At(PipelineStage.PreOperation).Ranked(1))
            .WithStep(StepBuilder.Running(_ => order.Add("second")).On("Create", "lead").At(PipelineStage.PreOperation).Ranked(2))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal(["first", "second", "third"], order);
    }

    [Fact]
    public void Stages_run_in_pipeline_order()
    {
        var stages = new List<int>();
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => stages.Add(run.Context.Stage)).On("Create", "lead").At(PipelineStage.PostOperation))
            .WithStep(StepBuilder.Running(run => stages.Add(run.Context.Stage)).On("Create", "lead").At(PipelineStage.PreOperation))
            .WithStep(StepBuilder.Running(run => stages.Add(run.Context.Stage)).On("Create", "lead").At(PipelineStage.PreValidation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal([10, 20, 40], stages);
    }

    [Fact]
    public void Step_for_any_table_runs_for_every_table()
    {
        var tables = new List<string>();
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => tables.Add(run.Context.PrimaryEntityName)).On("Create", table: null).At(PipelineStage.PostOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        service.Create(new Entity("lead"));
        service.Create(new Entity("account"));

        Assert.Equal(["lead", "account"], tables);
    }

    [Fact]
    public void Step_for_another_table_does_not_run()
    {
        var ran = false;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => ran = true).On("Create", "account").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.False(ran);
    }

    [Fact]
    public void Disabled_step_never_runs()
    {
        var ran = false;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => ran = true).On("Create", "lead").At(PipelineStage.PostOperation).Disabled())
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.False(ran);
    }

    [Fact]
    public void Create_id_is_in_output_parameters_at_post_operation()
    {
        object? outputId = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => outputId = run.Context.OutputParameters["id"]).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        var id = organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal(id, outputId);
    }

    [Fact]
    public void Post_operation_changes_to_output_parameters_reach_the_caller()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => ((Entity)run.Context.OutputParameters["Entity"])["subject"] = "masked")
                .On("Retrieve", "lead").At(PipelineStage.PostOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead") { ["subject"] = "secret" });

        var row = service.Retrieve("lead", id, new ColumnSet("subject"));

        Assert.Equal("masked", row["subject"]);
    }

    [Fact]
    public void Pre_operation_changes_do_not_change_the_callers_entity()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Target["subject"] = "set by plug-in").On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();
        var lead = new Entity("lead") { ["subject"] = "typed" };

        organization.ServiceFor(organization.AdminUserId).Create(lead);

        Assert.Equal("typed", lead["subject"]);
    }
}
