using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline;

public class ContextTests
{
    [Fact]
    public void Shared_variables_pass_from_pre_to_post_operation()
    {
        object? seen = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Context.SharedVariables["score"] = 42).On("Create", "lead").At(PipelineStage.PreOperation))
            .WithStep(StepBuilder.Running(run => seen = run.Context.SharedVariables["score"]).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal(42, seen);
    }

    [Fact]
    public void A_shared_variable_the_platform_cannot_serialize_fails_the_step_and_the_save()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Context.SharedVariables["decision"] = new List<int> { 1, 2 }).On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();

        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() =>
            organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.Contains("SharedVariables[\"decision\"]", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(0, organization.Database.CountOf("lead"));
    }

    [Fact]
    public void A_later_step_gets_a_copy_of_an_entity_in_shared_variables()
    {
        var shared = new Entity("account") { ["name"] = "as decided" };
        object? seen = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Context.SharedVariables["account"] = shared).On("Create", "lead").At(PipelineStage.PreOperation))
            .WithStep(StepBuilder.Running(run =>
            {
                shared["name"] = "changed afterwards";
                seen = ((Entity)run.Context.SharedVariables["account"])["name"];
            }).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal("as decided", seen);
    }

    [Fact]
    public void Child_operation_sees_parent_shared_variables_through_parent_context()
    {
        object? seen = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run =>
            {
                run.Context.SharedVariables["origin"] = "lead step";
                run.Service.Create(new Entity("account"));
            }).On("Create", "lead").At(PipelineStage.PostOperation))
            .WithStep(StepBuilder.Running(run =>
            {
                seen = run.Context.ParentContext.SharedVariables["origin"];
            }).On("Create", "account").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal("lead step", seen);
    }

    [Fact]
    public void Child_operation_has_its_own_shared_variables()
    {
        bool? childSees = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run =>
            {
                run.Context.SharedVariables["origin"] = "lead step";
                run.Service.Create(new Entity("account"));
            }).On("Create", "lead").At(PipelineStage.PostOperation))
            .WithStep(StepBuilder.Running(run => childSees = run.Context.SharedVariables.Contains("origin")).On("Create", "account").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.False(childSees);
    }

    [Fact]
    public void Nested_call_from_a_plugin_runs_one_level_deeper()
    {
        var depths = new List<int>();
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run =>
            {
                depths.Add(run.Context.Depth);
                run.Service.Create(new Entity("account"));
            }).On("Create", "lead").At(PipelineStage.PostOperation))
            .WithStep(StepBuilder.Running(run => depths.Add(run.Context.Depth)).On("Create", "account").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal([1, 2], depths);
    }

    [Fact]
    public void Correlation_id_is_shared_by_the_operation_tree()
    {
        var correlations = new List<Guid>();
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run =>
            {
                correlations.Add(run.Context.CorrelationId);
                run.Service.Create(new Entity("account"));
            }).On("Create", "lead").At(PipelineStage.PostOperation))
            .WithStep(StepBuilder.Running(run => correlations.Add(run.Context.CorrelationId)).On("Create", "account").At(PipelineStage.PostOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        service.Create(new Entity("lead"));
        service.Create(new Entity("account"));

        Assert.Equal(correlations[0], correlations[1]);
        Assert.NotEqual(correlations[0], correlations[2]);
    }

    [Fact]
    public void Run_as_user_differs_from_initiating_user()
    {
        var organization = new OrganizationBuilder().Build();
        var runAs = organization.CreateUser("Integration", roleIds: organization.Security.SystemAdministrator.Id);
        var caller = organization.CreateUser("Caller", roleIds: organization.Security.SystemAdministrator.Id);
        (Guid User, Guid Initiating)? seen = null;
        organization.Steps.Add(new StepRegistrations([
            StepBuilder.Running(run => seen = (run.Context.UserId, run.Context.InitiatingUserId))
                .On("Create", "lead").At(PipelineStage.PostOperation).RunningAs(runAs).Build(),
        ]));

        organization.ServiceFor(caller).Create(new Entity("lead"));

        Assert.Equal((runAs, caller), seen);
    }

    [Fact]
    public void Context_names_the_operation_and_the_organization()
    {
        IPluginExecutionContext? context = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => context = run.Context).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        var id = organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Multiple(
            () => Assert.Equal("Create", context!.MessageName),
            () => Assert.Equal("lead", context!.PrimaryEntityName),
            () => Assert.Equal(id, context!.PrimaryEntityId),
            () => Assert.Equal(0, context!.Mode),
            () => Assert.Equal(organization.Id, context!.OrganizationId),
            () => Assert.Equal("test", context!.OrganizationName),
            () => Assert.Equal(organization.RootBusinessUnitId, context!.BusinessUnitId),
            () => Assert.False(context!.IsExecutingOffline),
            () => Assert.Null(context!.ParentContext));
    }

    [Fact]
    public void Operation_created_on_comes_from_the_clock()
    {
        DateTime? createdOn = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => createdOn = run.Context.OperationCreatedOn).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();
        organization.Clock.Advance(TimeSpan.FromHours(5));

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal(OrganizationBuilder.Start.AddHours(5), createdOn);
    }
}
