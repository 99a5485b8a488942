using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>Impersonation through CallerId: who may act for whom, and as whom the call then runs.</summary>
public class ImpersonationTests
{
    private static readonly RoleBuilder LeadReader = new RoleBuilder("Lead reader").Grants("lead", PrivilegeDepth.Global, "Read");
    private static readonly RoleBuilder LeadWorker = new RoleBuilder("Lead worker").Grants("lead", PrivilegeDepth.Global, "Create", "Read", "Write");
    private static readonly SecurityRoleDefinition Delegate = new(Guid.NewGuid(), "Delegate", [new RolePrivilege("prvActOnBehalfOfAnotherUser", PrivilegeDepth.Global)]);

    [Fact]
    public void A_user_without_the_act_on_behalf_privilege_cannot_act_for_another_and_nothing_is_written()
    {
        var organization = Organization();
        var sender = organization.CreateUser("Ivan Integration", roleIds: LeadWorker.Id);
        var actedFor = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);
        var service = organization.ServiceFor(sender);
        service.CallerId = actedFor;

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead") { ["subject"] = "Acme" }));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains("is missing prvActOnBehalfOfAnotherUser privilege", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(0, organization.Database.CountOf("lead"));
    }

    [Fact]
    public void An_administrator_acting_for_a_user_has_only_that_users_privileges()
    {
        var organization = Organization();
        var reader = organization.CreateUser("Rita Reader", roleIds: LeadReader.Id);
        var service = organization.ServiceFor(organization.AdminUserId);
        service.CallerId = reader;

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead") { ["subject"] = "Acme" }));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains("prvCreatelead", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_on_behalf_of_a_user_may_do_only_what_the_sender_may_do_too()
    {
        var organization = Organization();
        var sender = organization.CreateUser("Ivan Integration", roleIds: Delegate.Id);
        var actedFor = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);
        var service = organization.ServiceFor(sender);
        service.CallerId = actedFor;

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead") { ["subject"] = "Acme" }));

        Assert.Contains($"Principal user (Id={sender}", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("prvCreatelead", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_row_is_created_by_and_owned_by_the_user_acted_for()
    {
        var organization = Organization();
        var actedFor = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);
        var service = organization.ServiceFor(organization.AdminUserId);
        service.CallerId = actedFor;

        var leadId = service.Create(new Entity("lead") { ["subject"] = "Acme" });

        var lead = organization.Database.Find("lead", leadId)!;
        Assert.Equal(actedFor, lead.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(actedFor, lead.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Steps_see_the_user_acted_for_as_user_and_initiating_user()
    {
        (Guid UserId, Guid InitiatingUserId)? seen = null;
        var organization = new OrganizationBuilder()
            .WithRole(LeadWorker.Build())
            .WithStep(StepBuilder.Running(run => seen = (run.Context.UserId, run.Context.InitiatingUserId)).On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();
        var actedFor = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);
        var service = organization.ServiceFor(organization.AdminUserId);
        service.CallerId = actedFor;

        service.Create(new Entity("lead") { ["subject"] = "Acme" });

        Assert.Equal((actedFor, actedFor), seen);
    }

    [Fact]
    public void Acting_for_a_disabled_user_is_refused()
    {
        var organization = Organization();
        var actedFor = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);
        organization.DisableUser(actedFor);
        var service = organization.ServiceFor(organization.AdminUserId);
        service.CallerId = actedFor;

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead") { ["subject"] = "Acme" }));

        Assert.Equal(SecurityErrorCodes.UserNotEnabled, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Acting_for_a_user_the_organization_does_not_know_is_refused()
    {
        var organization = Organization();
        var service = organization.ServiceFor(organization.AdminUserId);
        service.CallerId = Guid.NewGuid();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead") { ["subject"] = "Acme" }));

        Assert.Equal(SecurityErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_plug_ins_service_cannot_be_given_a_caller_id()
    {
        InvalidOperationException? refusal = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => refusal = Record.Exception(() => ((CrmLeadSla.LocalDataverse.Service.LocalOrganizationService)run.Service).CallerId = Guid.NewGuid()) as InvalidOperationException)
                .On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead") { ["subject"] = "Acme" });

        Assert.NotNull(refusal);
    }

    private static LocalOrganization Organization() =>
        new OrganizationBuilder().WithRole(LeadReader.Build()).WithRole(LeadWorker.Build()).WithRole(Delegate).Build();
}
