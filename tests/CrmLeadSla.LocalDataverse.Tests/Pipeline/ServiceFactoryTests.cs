using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline;

public class ServiceFactoryTests
{
    private static readonly RoleBuilder LeadOnly = new RoleBuilder("Lead only").Grants("lead", PrivilegeDepth.Global, "Create", "Read", "Write");

    [Fact]
    public void Service_for_null_user_runs_as_system_without_privilege_checks()
    {
        var organization = new OrganizationBuilder()
            .WithRole(LeadOnly.Build())
            .WithStep(StepBuilder.Running(run => run.Factory.CreateOrganizationService(null).Create(new Entity("account")))
                .On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();
        var salesUser = organization.CreateUser("Sales", roleIds: LeadOnly.Id);

        organization.ServiceFor(salesUser).Create(new Entity("lead"));

        var account = Assert.Single(organization.Database.Rows("account"));
        Assert.Equal(organization.SystemUserId, account.GetAttributeValue<EntityReference>("createdby").Id);
    }

    [Fact]
    public void Service_for_the_calling_user_applies_the_users_privileges()
    {
        var organization = new OrganizationBuilder()
            .WithRole(LeadOnly.Build())
            .WithStep(StepBuilder.Running(run => run.Service.Create(new Entity("account")))
                .On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();
        var salesUser = organization.CreateUser("Sales", roleIds: LeadOnly.Id);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => organization.ServiceFor(salesUser).Create(new Entity("lead")));

        Assert.Equal(0, organization.Database.CountOf("lead"));
    }

    [Fact]
    public void Calls_from_a_plugin_keep_the_initiating_user()
    {
        Guid? initiating = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Factory.CreateOrganizationService(null).Create(new Entity("account")))
                .On("Create", "lead").At(PipelineStage.PostOperation))
            .WithStep(StepBuilder.Running(run => initiating = run.Context.InitiatingUserId).On("Create", "account").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal(organization.AdminUserId, initiating);
    }
}
