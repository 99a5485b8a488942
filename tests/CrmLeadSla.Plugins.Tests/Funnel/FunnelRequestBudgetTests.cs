using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>What one funnel event costs in requests from the plug-ins, counted by the local Dataverse.</summary>
public class FunnelRequestBudgetTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void A_hand_over_to_the_sales_owner_costs_eleven_requests()
    {
        var leadId = scenario.NewLead();
        using var requests = scenario.Organization.Requests.Measure();

        FunnelScenario.Move(scenario.Marketing, leadId, FunnelStage.Mql);

        // role, default agreement (pre); history, sales owner, agreement with holidays and agreed reasons (3),
        // the lead's clocks, two new clocks, one lead update with owner, deadlines and status (post)
        Assert.Equal(11, requests.FromPlugins);
        Assert.Equal(0, requests.CountOf("Retrieve", LeadSchema.EntityName));
    }

    [Fact]
    public void An_acceptance_costs_eight_requests()
    {
        var leadId = scenario.HandedOverLead();
        using var requests = scenario.Organization.Requests.Measure();

        FunnelScenario.Move(scenario.Sales, leadId, FunnelStage.Sal);

        // role (pre); history, agreement (3), the lead's clocks, accept closed, qualify opened (post)
        Assert.Equal(8, requests.FromPlugins);
    }

    [Fact]
    public void A_first_contact_costs_six_requests()
    {
        var leadId = scenario.AcceptedLead();
        using var requests = scenario.Organization.Requests.Measure();

        scenario.Sales.Create(new Entity("phonecall") { ["subject"] = "Call", ["regardingobjectid"] = new EntityReference(LeadSchema.EntityName, leadId) });

        // lead, agreement (3), the lead's clocks, first contact closed
        Assert.Equal(6, requests.FromPlugins);
    }

    [Fact]
    public void Saving_the_stage_a_lead_already_has_costs_no_request()
    {
        var leadId = scenario.HandedOverLead();
        using var requests = scenario.Organization.Requests.Measure();

        FunnelScenario.Move(scenario.Sales, leadId, FunnelStage.Mql);

        Assert.Equal(0, requests.FromPlugins);
    }
}
