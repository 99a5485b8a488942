using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Concurrency;

[Trait("Category", "Reliability")]
public class FaultInjectionTests
{
    private static readonly StepBuilder WritesAnAccount = StepBuilder.Running(run =>
            run.Service.Create(new Entity("account") { ["name"] = "from the lead" }))
        .On("Create", "lead").At(PipelineStage.PostOperation);

    [Fact]
    public void The_nth_call_of_a_message_on_a_table_fails_and_its_operation_rolls_back_whole()
    {
        var organization = new OrganizationBuilder().WithStep(WritesAnAccount).Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        organization.Faults.FailCall("Create", nth: 2, table: "account");
        service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead")));

        Assert.Equal(ErrorCodes.GenericSqlError, fault.Detail.ErrorCode);
        Assert.Equal((1, 1), (organization.Database.CountOf("lead"), organization.Database.CountOf("account")));
    }

    [Fact]
    public void A_timed_out_call_fails_with_the_sql_timeout_fault()
    {
        var organization = new OrganizationBuilder().Build();
        organization.Faults.TimeOutCall("Update");
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead") { ["subject"] = "kept" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(new Entity("lead", id) { ["subject"] = "lost" }));

        Assert.Equal(ErrorCodes.SqlTimeout, fault.Detail.ErrorCode);
        Assert.Equal("kept", organization.Database.Find("lead", id)!["subject"]);
    }

    [Fact]
    public void A_failed_step_rolls_back_what_earlier_steps_wrote()
    {
        var failing = StepBuilder.Running(_ => { }).On("Create", "lead").At(PipelineStage.PostOperation).Ranked(2);
        var organization = new OrganizationBuilder().WithStep(WritesAnAccount).WithStep(failing).Build();
        organization.Faults.FailStep(failing.Build().Id);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.Equal(ErrorCodes.PluginFault, fault.Detail.ErrorCode);
        Assert.Equal((0, 0), (organization.Database.CountOf("lead"), organization.Database.CountOf("account")));
    }

    [Fact]
    public void A_timed_out_step_fails_as_an_unexpected_plug_in_error()
    {
        var step = StepBuilder.Running(_ => { }).On("Create", "lead").At(PipelineStage.PreOperation);
        var organization = new OrganizationBuilder().WithStep(step).Build();
        organization.Faults.TimeOutStep(step.Build().Id);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.Equal(ErrorCodes.PluginUnexpected, fault.Detail.ErrorCode);
        Assert.Contains("TimeoutException", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fault_fires_once_and_is_counted()
    {
        var organization = new OrganizationBuilder().Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        organization.Faults.FailCall("Create", table: "lead");

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead")));
        service.Create(new Entity("lead"));

        Assert.Equal((1, 1), (organization.Faults.Fired, organization.Database.CountOf("lead")));
    }
}
