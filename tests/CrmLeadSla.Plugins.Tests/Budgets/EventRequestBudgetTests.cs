using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Plugins.Tests.Funnel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Budgets;

/// <summary>
/// Requests from the plug-ins per user event, with scoring and the funnel both installed and the model cache warm:
/// every request here is a round trip a real organization pays on each save.
/// </summary>
[Trait("Category", "Budget")]
public class EventRequestBudgetTests
{
    private readonly FunnelScenario scenario = new();

    public EventRequestBudgetTests() => new ScoringModelBuilder()
        .Thresholds(a: 60, b: 40, c: 20)
        .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 60)
        .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 10)
        .CreateIn(scenario.System);

    [Fact]
    public void Creating_a_lead_stays_within_the_scoring_and_funnel_budget()
    {
        WarmCache();
        using var requests = scenario.Organization.Requests.Measure();

        scenario.NewLead();

        Assert.True(requests.FromPlugins <= Budget.LeadCreate, $"{requests.FromPlugins} requests from plug-ins");
    }

    [Fact]
    public void Updating_a_rule_column_of_a_lead_costs_the_version_check_and_nothing_else()
    {
        var leadId = WarmCache();
        using var requests = scenario.Organization.Requests.Measure();

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "Head of Development" });

        Assert.True(requests.FromPlugins <= Budget.LeadRuleColumnUpdate, $"{requests.FromPlugins} requests from plug-ins");
    }

    [Fact]
    public void Recording_an_interaction_costs_one_read_and_one_write_of_the_lead()
    {
        var leadId = WarmCache();
        using var requests = scenario.Organization.Requests.Measure();

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        Assert.True(requests.FromPlugins <= Budget.InteractionCreate, $"{requests.FromPlugins} requests from plug-ins");
    }

    [Fact]
    public void Deleting_an_interaction_of_a_lead_not_handed_over_costs_the_hand_over_check_and_the_rescoring()
    {
        var leadId = WarmCache();
        var interaction = new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        using var requests = scenario.Organization.Requests.Measure();

        scenario.Marketing.Delete(InteractionSchema.EntityName, interaction);

        Assert.True(requests.FromPlugins <= Budget.InteractionDelete, $"{requests.FromPlugins} requests from plug-ins");
    }

    [Fact]
    public void Reassigning_a_lead_without_an_agreement_costs_nothing()
    {
        var leadId = WarmCache();
        using var requests = scenario.Organization.Requests.Measure();

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["ownerid"] = new EntityReference("systemuser", scenario.SalesUserId) });

        Assert.Equal(0, requests.FromPlugins);
    }

    [Fact]
    public void Reassigning_a_lead_whose_clocks_run_stays_within_its_budget()
    {
        var leadId = scenario.HandedOverLead();
        using var requests = scenario.Organization.Requests.Measure();

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, leadId) { ["ownerid"] = new EntityReference("systemuser", scenario.OtherSalesUserId) });

        Assert.True(requests.FromPlugins <= Budget.ReassignWithClocksOpen, $"{requests.FromPlugins} requests from plug-ins");
    }

    [Fact]
    public void An_interaction_that_crosses_into_MQL_and_hands_the_lead_over_stays_within_the_funnel_budget()
    {
        WarmCache();
        var leadId = scenario.NewLead();
        for (var webinar = 0; webinar < 4; webinar++)
        {
            new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        }

        using var requests = scenario.Organization.Requests.Measure();

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
        Assert.True(requests.FromPlugins <= Budget.InteractionCrossingIntoMql, $"{requests.FromPlugins} requests from plug-ins");
    }

    [Fact]
    public void Accepting_a_lead_stays_within_the_funnel_budget()
    {
        var leadId = scenario.HandedOverLead();
        using var requests = scenario.Organization.Requests.Measure();

        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        Assert.True(requests.FromPlugins <= Budget.Accept, $"{requests.FromPlugins} requests from plug-ins");
    }

    [Fact]
    public void Rejecting_a_lead_stays_within_the_funnel_budget()
    {
        var reasonId = new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();
        using var requests = scenario.Organization.Requests.Measure();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);

        Assert.True(requests.FromPlugins <= Budget.Reject, $"{requests.FromPlugins} requests from plug-ins");
    }

    [Fact]
    public void The_real_time_rejection_check_inside_a_rejection_stays_within_its_own_budget()
    {
        var reasonId = new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();
        using var requests = scenario.Organization.Requests.Measure();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);

        Assert.InRange(requests.FromWorkflows, 1, Budget.RejectionCheck);
    }

    [Fact]
    public void Qualifying_a_lead_stays_within_the_funnel_budget()
    {
        var leadId = scenario.AcceptedLead();
        using var requests = scenario.Organization.Requests.Measure();

        scenario.Journey.Qualify(leadId);

        Assert.True(requests.FromPlugins <= Budget.Qualify, $"{requests.FromPlugins} requests from plug-ins");
    }

    // The first scoring event of the model compiles it (one more read); the budgets are for the warm path.
    private Guid WarmCache() => scenario.NewLead("warm.cache@contoso.com");
}
