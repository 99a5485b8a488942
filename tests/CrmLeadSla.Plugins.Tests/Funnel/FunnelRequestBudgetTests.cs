using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>What one funnel event costs in requests from the plug-ins, counted by the local Dataverse.</summary>
public class FunnelRequestBudgetTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void A_hand_over_to_the_sales_owner_costs_seven_requests()
    {
        var leadId = scenario.NewLead();
        using var requests = scenario.Organization.Requests.Measure();

        LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql);

        // role, the default agreement with holidays, agreed reasons and sales owner (one query), the lead's clocks
        // (pre); history, two new clocks, the new owner (post)
        Assert.Equal(7, requests.FromPlugins);
        Assert.Equal(0, requests.CountOf("Retrieve", LeadSchema.EntityName));
    }

    [Fact]
    public void A_hand_over_under_a_hand_over_deadline_costs_one_more_request_the_clock_recorded_met()
    {
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId) { [SlaAgreementSchema.HandOverWithinHours] = 8 });
        var leadId = scenario.NewLead();
        using var requests = scenario.Organization.Requests.Measure();

        LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql);

        // the seven above, and the hand-over clock written Met (post); no read more
        Assert.Equal(8, requests.FromPlugins);
    }

    [Fact]
    public void A_hand_over_in_the_sales_teams_turn_costs_nine_requests_however_many_came_before()
    {
        var team = scenario.Organization.CreateTeam("Inside sales", null, scenario.SalesUserId, scenario.OtherSalesUserId);
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId) { [SlaAgreementSchema.SalesOwnerId] = null, [SlaAgreementSchema.SalesTeamId] = new EntityReference("team", team) });
        var costs = new List<int>();
        for (var handOver = 0; handOver < 12; handOver++)
        {
            var leadId = scenario.NewLead();
            using var requests = scenario.Organization.Requests.Measure();
            LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql);
            costs.Add(requests.FromPlugins);
        }

        // the seven of a hand-over to the sales owner, the team's enabled members, the turn kept on the agreement
        Assert.All(costs, cost => Assert.Equal(9, cost));
    }

    [Fact]
    public void An_acceptance_costs_six_requests()
    {
        var leadId = scenario.HandedOverLead();
        using var requests = scenario.Organization.Requests.Measure();

        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        // role, agreement (one query), the lead's clocks (pre); history, accept closed, qualify opened (post)
        Assert.Equal(6, requests.FromPlugins);
    }

    [Fact]
    public void A_first_contact_costs_four_requests()
    {
        var leadId = scenario.AcceptedLead();
        using var requests = scenario.Organization.Requests.Measure();

        // Logged as planned (no evidence yet, nothing read), then completed.
        var call = scenario.Sales.Create(new Entity("phonecall") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference(LeadSchema.EntityName, leadId) });
        scenario.Sales.Update(new Entity("phonecall", call) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        // lead, agreement (one query), the lead's clocks, first contact closed
        Assert.Equal(4, requests.FromPlugins);
    }

    [Fact]
    public void Saving_the_stage_a_lead_already_has_costs_no_request()
    {
        var leadId = scenario.HandedOverLead();
        using var requests = scenario.Organization.Requests.Measure();

        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Mql);

        Assert.Equal(0, requests.FromPlugins);
    }
}
