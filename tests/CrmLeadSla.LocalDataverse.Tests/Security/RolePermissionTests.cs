using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Tests.Views;
using CrmLeadSla.Plugins.Domain.Funnel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>What each role's privileges let its users do on the local Dataverse (the funnel plug-in adds who may make which move).</summary>
public sealed class RolePermissionTests
{
    private readonly ViewScenario scenario = new();

    [Fact]
    public void Sales_cannot_change_a_scoring_model()
    {
        var model = scenario.Create("lsla_scoringmodel", null, ("lsla_name", "Lead SLA 2026"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service(scenario.SalesUserId).Update(new Entity("lsla_scoringmodel", model) { ["lsla_mqlthreshold"] = 10 }));

        Assert.Contains("prvWritelsla_scoringmodel", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sales_cannot_add_a_rejection_reason()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service(scenario.SalesUserId).Create(new Entity("lsla_rejectionreason") { ["lsla_name"] = "Too busy", ["lsla_code"] = "BUSY" }));

        Assert.Contains("prvCreatelsla_rejectionreason", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sales_rejects_its_lead_with_an_agreed_reason_and_a_comment()
    {
        var reason = scenario.Reason("No budget this year", RejectionOutcome.Nurture);
        var lead = scenario.Lead("Berger", scenario.SalesUserId);

        Service(scenario.SalesUserId).Update(new Entity("lead", lead)
        {
            ["lsla_rejectionreasonid"] = ViewScenario.Ref("lsla_rejectionreason", reason),
            ["lsla_rejectioncomment"] = "Budget frozen until Q3",
        });

        Assert.Equal(reason, scenario.System.Retrieve("lead", lead, new Microsoft.Xrm.Sdk.Query.ColumnSet("lsla_rejectionreasonid")).GetAttributeValue<EntityReference>("lsla_rejectionreasonid").Id);
    }

    [Fact]
    public void Marketing_cannot_reject_even_a_lead_it_owns()
    {
        var reason = scenario.Reason("No budget this year", RejectionOutcome.Nurture);
        var lead = scenario.Lead("Berger", scenario.MarketingUserId);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service(scenario.MarketingUserId).Update(new Entity("lead", lead) { ["lsla_rejectionreasonid"] = ViewScenario.Ref("lsla_rejectionreason", reason) }));

        Assert.Contains("prvAppendTolsla_rejectionreason", fault.Detail.Message, StringComparison.Ordinal);
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
            Service(scenario.MarketingUserId).Update(new Entity("lead", lead) { ["lsla_funnelstage"] = ViewScenario.Stage(FunnelStage.Sal) }));

        Assert.Contains("does not have WriteAccess right(s)", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_administrator_cannot_rewrite_the_funnel_history()
    {
        var lead = scenario.Lead("Berger", scenario.SalesUserId);
        var history = scenario.Create("lsla_stagetransition", null, ("lsla_name", "MQL → SAL"), ("lsla_leadid", ViewScenario.Ref("lead", lead)), ("lsla_tostage", ViewScenario.Stage(FunnelStage.Sal)));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service(scenario.AdminUserId).Update(new Entity("lsla_stagetransition", history) { ["lsla_tostage"] = ViewScenario.Stage(FunnelStage.Sql) }));

        Assert.Contains("prvWritelsla_stagetransition", fault.Detail.Message, StringComparison.Ordinal);
    }

    private IOrganizationService Service(Guid userId) => scenario.Organization.ServiceFor(userId);
}
