using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>The clocks and history of a lead are owned with the lead, so those who may read the lead read them.</summary>
public class ClockVisibilityTests
{
    private readonly FunnelScenario scenario = new(withDefaultAgreement: false);
    private readonly Guid rep;
    private readonly Guid lead;

    // A rep in a business unit of its own (Local read) takes the hand-over and accepts: entry, hand-over and accept rows,
    // accept, first-contact and qualify clocks.
    public ClockVisibilityTests()
    {
        rep = scenario.Installed.CreateUser("Erik East", LeadSlaRoles.Sales, scenario.Organization.CreateBusinessUnit("East"));
        new AgreementBuilder("East agreement").SalesOwner(rep).Default().CreateIn(scenario.System);
        lead = scenario.HandedOverLead();
        LeadJourney.Move(scenario.Organization.ServiceFor(rep), lead, FunnelStage.Sal);
    }

    [Fact]
    public void A_rep_in_its_own_business_unit_sees_every_clock_of_its_lead()
    {
        Assert.Equal(3, Rows(SlaClockSchema.EntityName, SlaClockSchema.LeadId));
    }

    [Fact]
    public void A_rep_in_its_own_business_unit_sees_the_whole_history_of_its_lead()
    {
        Assert.Equal(3, Rows(StageTransitionSchema.EntityName, StageTransitionSchema.LeadId));
    }

    private int Rows(string table, string leadColumn)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(leadColumn) };
        query.Criteria.AddCondition(leadColumn, ConditionOperator.Equal, lead);
        return scenario.Organization.ServiceFor(rep).RetrieveMultiple(query).Entities.Count;
    }
}
