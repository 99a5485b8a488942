using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline;

public class CustomLogicBypassTests
{
    private static readonly StepBuilder Stamping = StepBuilder.Running(run => run.Target["subject"] = "stamped by plug-in").On("Create", "lead").At(PipelineStage.PreOperation);

    private static CreateRequest Bypassing(Entity row) => new() { Target = row, Parameters = { ["BypassCustomPluginExecution"] = true } };

    [Fact]
    public void An_administrator_who_asks_for_the_bypass_saves_without_the_synchronous_steps()
    {
        var organization = new OrganizationBuilder().WithStep(Stamping).Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        var id = ((CreateResponse)service.Execute(Bypassing(new Entity("lead") { ["subject"] = "typed" }))).id;

        Assert.Equal("typed", service.Retrieve("lead", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void Without_the_bypass_the_same_save_runs_the_steps()
    {
        var organization = new OrganizationBuilder().WithStep(Stamping).Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        var id = service.Create(new Entity("lead") { ["subject"] = "typed" });

        Assert.Equal("stamped by plug-in", service.Retrieve("lead", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void A_user_without_prvBypassCustomPlugins_is_refused_and_nothing_is_written()
    {
        var seller = new RoleBuilder("Seller").Grants("lead", PrivilegeDepth.Global, "Create", "Read", "Write");
        var organization = new OrganizationBuilder().WithRole(seller.Build()).WithStep(Stamping).Build();
        var user = organization.CreateUser("Sam Seller", roleIds: seller.Id);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => organization.ServiceFor(user).Execute(Bypassing(new Entity("lead"))));

        Assert.Contains("is missing prvBypassCustomPlugins privilege", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(0, organization.Database.CountOf("lead"));
    }

    [Fact]
    public void Asynchronous_steps_still_run_when_the_synchronous_ones_are_bypassed()
    {
        var ran = 0;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => Interlocked.Increment(ref ran)).On("Create", "lead").At(PipelineStage.PostOperation).Asynchronously())
            .Build();
        organization.ServiceFor(organization.AdminUserId).Execute(Bypassing(new Entity("lead")));

        organization.RunPendingAsyncJobs();

        Assert.Equal(1, ran);
    }
}
