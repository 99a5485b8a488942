using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Tests.Views;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>What each role's privileges let its users do on the local Dataverse (the funnel plug-in adds who may make which move).</summary>
public sealed class RolePermissionTests
{
    private readonly ViewScenario scenario = new();

    [Fact]
    public void Sales_cannot_change_a_scoring_model()
    {
        var model = scenario.Create(ScoringModelSchema.EntityName, null, (ScoringModelSchema.Name, "Lead SLA 2026"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service(scenario.SalesUserId).Update(new Entity(ScoringModelSchema.EntityName, model) { [ScoringModelSchema.MqlThreshold] = 10 }));

        Assert.Contains("prvWrite" + ScoringModelSchema.EntityName, fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sales_cannot_add_a_rejection_reason()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service(scenario.SalesUserId).Create(new Entity(RejectionReasonSchema.EntityName) { [RejectionReasonSchema.Name] = "Too busy", [RejectionReasonSchema.Code] = "BUSY" }));

        Assert.Contains("prvCreate" + RejectionReasonSchema.EntityName, fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sales_rejects_its_lead_with_an_agreed_reason_and_a_comment()
    {
        var reason = scenario.Reason("No budget this year", RejectionOutcome.Nurture);
        var lead = scenario.Lead("Berger", scenario.SalesUserId);

        Service(scenario.SalesUserId).Update(new Entity("lead", lead)
        {
            [LeadSchema.RejectionReasonId] = ViewScenario.Ref(RejectionReasonSchema.EntityName, reason),
            [LeadSchema.RejectionComment] = "Budget frozen until Q3",
        });

        Assert.Equal(reason, scenario.System.Retrieve("lead", lead, new Microsoft.Xrm.Sdk.Query.ColumnSet(LeadSchema.RejectionReasonId)).GetAttributeValue<EntityReference>(LeadSchema.RejectionReasonId).Id);
    }

    [Fact]
    public void Marketing_cannot_reject_even_a_lead_it_owns()
    {
        var reason = scenario.Reason("No budget this year", RejectionOutcome.Nurture);
        var lead = scenario.Lead("Berger", scenario.MarketingUserId);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service(scenario.MarketingUserId).Update(new Entity("lead", lead) { [LeadSchema.RejectionReasonId] = ViewScenario.Ref(RejectionReasonSchema.EntityName, reason) }));

        Assert.Contains("prvAppendTo" + RejectionReasonSchema.EntityName, fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Marketing_hands_its_lead_over_to_sales()
    {
        var lead = scenario.Lead("Berger", scenario.MarketingUserId);

        Service(scenario.MarketingUserId).Update(new Entity("lead", lead) { ["ownerid"] = ViewScenario.Ref("systemuser", scenario.SalesUserId) });

        Assert.Equal(scenario.SalesUserId, scenario.System.Retrieve("lead", lead, new Microsoft.Xrm.Sdk.Query.ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Marketing_cannot_change_a_lead_once_sales_owns_it()
    {
        var lead = scenario.Lead("Berger", scenario.SalesUserId);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service(scenario.MarketingUserId).Update(new Entity("lead", lead) { [LeadSchema.FunnelStage] = ViewScenario.Stage(FunnelStage.Sal) }));

        Assert.Contains("does not have WriteAccess right(s)", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_administrator_cannot_rewrite_the_funnel_history()
    {
        var lead = scenario.Lead("Berger", scenario.SalesUserId);
        var history = scenario.Create(StageTransitionSchema.EntityName, null, (StageTransitionSchema.Name, "MQL → SAL"), (StageTransitionSchema.LeadId, ViewScenario.Ref("lead", lead)), (StageTransitionSchema.ToStage, ViewScenario.Stage(FunnelStage.Sal)));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service(scenario.AdminUserId).Update(new Entity(StageTransitionSchema.EntityName, history) { [StageTransitionSchema.ToStage] = ViewScenario.Stage(FunnelStage.Sql) }));

        Assert.Contains("prvWrite" + StageTransitionSchema.EntityName, fault.Detail.Message, StringComparison.Ordinal);
    }

    private IOrganizationService Service(Guid userId) => scenario.Organization.ServiceFor(userId);
}
