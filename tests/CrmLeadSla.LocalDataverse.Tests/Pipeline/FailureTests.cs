using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline;

public class FailureTests
{
    [Fact]
    public void Plugin_exception_reaches_the_caller_as_a_fault_with_its_message()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => throw new InvalidPluginExecutionException("Score model missing.")).On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.Equal(("Score model missing.", ErrorCodes.PluginFault), (fault.Detail.Message, fault.Detail.ErrorCode));
    }

    [Fact]
    public void Plugin_error_code_reaches_the_caller()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => throw new InvalidPluginExecutionException(OperationStatus.Failed, 12345, "custom"))
                .On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.Equal(12345, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Unexpected_plugin_exception_surfaces_as_a_fault()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => throw new InvalidOperationException("bug")).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.Equal(ErrorCodes.PluginUnexpected, fault.Detail.ErrorCode);
        Assert.Equal(0, organization.Database.CountOf("lead"));
    }

    [Fact]
    public void Nested_plugin_failure_rolls_back_the_whole_transaction()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Service.Create(new Entity("account"))).On("Create", "lead").At(PipelineStage.PostOperation))
            .WithStep(StepBuilder.Running(_ => throw new InvalidPluginExecutionException("no accounts today")).On("Create", "account").At(PipelineStage.PostOperation))
            .Build();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.Equal("no accounts today", fault.Detail.Message);
        Assert.Equal(0, organization.Database.CountOf("lead") + organization.Database.CountOf("account"));
    }

    [Fact]
    public void Ignoring_a_failed_nested_call_leaves_no_active_transaction()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run =>
            {
                try
                {
                    run.Service.Retrieve("account", Guid.NewGuid(), new Microsoft.Xrm.Sdk.Query.ColumnSet(false));
                }
                catch (FaultException<OrganizationServiceFault>)
                {
                    // Swallowed: Dataverse has already rolled the transaction back.
                }

                run.Service.Create(new Entity("account"));
            }).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.Equal(ErrorCodes.NoActiveTransaction, fault.Detail.ErrorCode);
        Assert.Equal(0, organization.Database.CountOf("lead"));
    }

    [Fact]
    public void Depth_beyond_the_limit_fails_the_call()
    {
        // Each lead update updates the lead again: a loop Dataverse stops after depth 8.
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Service.Update(new Entity("lead", run.Context.PrimaryEntityId) { ["numberofemployees"] = run.Context.Depth }))
                .On("Update", "lead").At(PipelineStage.PostOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(new Entity("lead", id) { ["subject"] = "go" }));

        Assert.Equal(ErrorCodes.InfiniteLoop, fault.Detail.ErrorCode);
        Assert.Null(organization.Database.Find("lead", id)!.GetAttributeValue<int?>("numberofemployees"));
    }

    [Fact]
    public void Depth_up_to_the_limit_is_allowed()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run =>
            {
                if (run.Context.Depth < 8)
                {
                    run.Service.Update(new Entity("lead", run.Context.PrimaryEntityId) { ["numberofemployees"] = run.Context.Depth + 1 });
                }
            }).On("Update", "lead").At(PipelineStage.PostOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead"));

        service.Update(new Entity("lead", id) { ["subject"] = "go" });

        Assert.Equal(8, organization.Database.Find("lead", id)!["numberofemployees"]);
    }
}
