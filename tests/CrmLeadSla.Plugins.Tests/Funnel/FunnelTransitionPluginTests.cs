using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Tests.Funnel;

public class FunnelTransitionPluginTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void A_new_lead_starts_as_an_inquiry_stamped_with_the_time_it_was_created()
    {
        var leadId = scenario.Marketing.Create(NewLead());

        var lead = scenario.Marketing.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(LeadSchema.FunnelStage, LeadSchema.StageChangedOn));

        Assert.Equal((int)FunnelStage.Inquiry, lead.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value);
        Assert.Equal(FunnelScenario.Start, lead.GetAttributeValue<DateTime>(LeadSchema.StageChangedOn));
    }

    [Fact]
    public void A_new_lead_gets_its_first_history_row_by_the_user_who_created_it()
    {
        var leadId = scenario.Marketing.Create(NewLead());

        var row = Assert.Single(History(leadId));

        Assert.False(row.Contains(StageTransitionSchema.FromStage));
        Assert.Equal((int)FunnelStage.Inquiry, row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage).Value);
        Assert.Equal(scenario.MarketingUserId, row.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy).Id);
    }

    [Fact]
    public void A_stage_move_is_stamped_on_the_lead_and_recorded_with_both_stages()
    {
        var leadId = scenario.Marketing.Create(NewLead());
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(3));

        scenario.Marketing.Update(Stage(leadId, FunnelStage.Mql));

        var lead = scenario.Marketing.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(LeadSchema.StageChangedOn));
        var move = History(leadId).Last();
        Assert.Equal(FunnelScenario.Start.AddHours(3), lead.GetAttributeValue<DateTime>(LeadSchema.StageChangedOn));
        Assert.Equal((int)FunnelStage.Inquiry, move.GetAttributeValue<OptionSetValue>(StageTransitionSchema.FromStage).Value);
        Assert.Equal((int)FunnelStage.Mql, move.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage).Value);
    }

    [Fact]
    public void Saving_the_same_stage_again_writes_no_history()
    {
        var leadId = scenario.Marketing.Create(NewLead());

        scenario.Marketing.Update(Stage(leadId, FunnelStage.Inquiry));

        Assert.Single(History(leadId));
    }

    [Fact]
    public void An_update_of_other_columns_does_not_run_the_funnel_steps()
    {
        var leadId = scenario.Marketing.Create(NewLead());
        var tracesBefore = scenario.Organization.Traces.Entries.Count;

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["telephone1"] = "+49 30 1234567" });

        Assert.Equal(tracesBefore, scenario.Organization.Traces.Entries.Count);
    }

    [Fact]
    public void A_refused_stage_move_leaves_neither_the_stage_nor_a_history_row()
    {
        var leadId = scenario.Marketing.Create(NewLead());

        // lsla_funnelstage only takes the contract's option values: the update fails in the main operation,
        // after the pre-operation stamp, and the whole transaction rolls back.
        Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue(42) }));

        var lead = scenario.Marketing.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(LeadSchema.FunnelStage));
        Assert.Equal((int)FunnelStage.Inquiry, lead.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value);
        Assert.Single(History(leadId));
    }

    [Fact]
    public void An_import_by_the_system_places_a_new_lead_at_its_stage_with_one_history_row()
    {
        var leadId = scenario.System.Create(new Entity(LeadSchema.EntityName)
        {
            ["lastname"] = "Imported",
            [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Nurture),
        });

        Assert.Equal(["→Nurture"], scenario.Moves(leadId));
    }

    [Fact]
    public void A_sales_user_cannot_create_a_lead_that_is_already_accepted()
    {
        var lead = NewLead();
        lead[LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Sal);

        var refusal = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Sales.Create(lead)).Detail.Message;

        Assert.StartsWith("Sales cannot move a lead from Inquiry to SAL", refusal);
    }

    private static Entity NewLead() => new(LeadSchema.EntityName)
    {
        ["firstname"] = "Dana",
        ["lastname"] = "Berger",
        ["jobtitle"] = "Head of Development",
        ["companyname"] = "Contoso",
    };

    private static Entity Stage(Guid leadId, FunnelStage stage) =>
        new(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)stage) };

    private List<Entity> History(Guid leadId)
    {
        var query = new QueryExpression(StageTransitionSchema.EntityName)
        {
            ColumnSet = new ColumnSet(StageTransitionSchema.FromStage, StageTransitionSchema.ToStage, StageTransitionSchema.ChangedBy, StageTransitionSchema.ChangedOn),
        };
        query.Criteria.AddCondition(StageTransitionSchema.LeadId, ConditionOperator.Equal, leadId);
        query.AddOrder(StageTransitionSchema.ChangedOn, OrderType.Ascending);
        return scenario.System.RetrieveMultiple(query).Entities.ToList();
    }
}
