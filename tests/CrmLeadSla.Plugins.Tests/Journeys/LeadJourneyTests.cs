using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Plugins.Tests.Funnel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Journeys;

/// <summary>Whole lives of a lead through the local Dataverse, as marketing, sales and the solution move it.</summary>
public class LeadJourneyTests
{
    private readonly FunnelScenario scenario = new();

    public LeadJourneyTests() =>
        new ScoringModelBuilder()
            .MqlAt(50)
            .FitRule("Job title given", "jobtitle", RuleOperator.IsSet, null, 20)
            .BehaviourRule("Webinar attended", InteractionType.WebinarAttendance, 30)
            .BehaviourRule("Whitepaper downloaded", InteractionType.Download, 20)
            .CreateIn(scenario.System);

    [Fact]
    public void An_inquiry_goes_all_the_way_to_won_with_every_promise_kept_and_every_move_on_record()
    {
        var leadId = scenario.NewLead();
        Interaction(leadId, InteractionType.WebinarAttendance, hoursLater: 1);
        Interaction(leadId, InteractionType.Download, hoursLater: 1);
        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
        Assert.Equal(scenario.SalesUserId, scenario.Lead(leadId).GetAttributeValue<EntityReference>("ownerid").Id);

        scenario.Organization.Clock.Advance(TimeSpan.FromHours(2));
        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));
        var call = scenario.Sales.Create(new Entity("phonecall") { ["subject"] = "Discovery call", ["regardingobjectid"] = new EntityReference(LeadSchema.EntityName, leadId) });
        scenario.Sales.Update(new Entity("phonecall", call) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(2));
        var opportunityId = scenario.Journey.Qualify(leadId);
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(20));
        scenario.CloseOpportunity(opportunityId, won: true);

        Assert.Equal(FunnelStage.Won, scenario.StageOf(leadId));
        Assert.Equal(["→Inquiry", "Inquiry→Mql", "Mql→Sal", "Sal→Sql", "Sql→Won"], scenario.Moves(leadId));
        Assert.Equal(
            new Dictionary<SlaKind, SlaClockState> { [SlaKind.Accept] = SlaClockState.Met, [SlaKind.FirstContact] = SlaClockState.Met, [SlaKind.Qualify] = SlaClockState.Met },
            scenario.Clocks(leadId));
        Assert.Equal((int)SlaStatus.OnTrack, scenario.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus).Value);
    }

    [Fact]
    public void A_rejected_lead_is_nurtured_comes_back_and_is_handed_over_again()
    {
        var reasonId = new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).RecycleAfter(30).CreateIn(scenario.System);
        var leadId = scenario.NewLead();
        Interaction(leadId, InteractionType.WebinarAttendance, hoursLater: 1);
        Interaction(leadId, InteractionType.Download, hoursLater: 1);

        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));
        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId, "Budget frozen until next year.");
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(30));
        LeadJourney.Move(scenario.System, leadId, FunnelStage.Inquiry);
        Interaction(leadId, InteractionType.WebinarAttendance, hoursLater: 1);
        Interaction(leadId, InteractionType.Download, hoursLater: 1);
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));
        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        Assert.Equal(["→Inquiry", "Inquiry→Mql", "Mql→Nurture", "Nurture→Inquiry", "Inquiry→Mql", "Mql→Sal"], scenario.Moves(leadId));
        var rejection = scenario.History(leadId)[2];
        Assert.Equal(reasonId, rejection.GetAttributeValue<EntityReference>(StageTransitionSchema.RejectionReasonId).Id);
        Assert.Equal("Budget frozen until next year.", rejection.GetAttributeValue<string>(StageTransitionSchema.Comment));
        Assert.Equal(
            ["Accept Met", "FirstContact Cancelled", "Accept Met", "FirstContact Open", "Qualify Open"],
            scenario.ClockRows(leadId)
                .OrderBy(row => row.GetAttributeValue<DateTime>(SlaClockSchema.StartedOn))
                .ThenBy(row => row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value)
                .Select(row => $"{(SlaKind)row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value} {(SlaClockState)row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value}"));
    }

    private void Interaction(Guid leadId, InteractionType type, int hoursLater)
    {
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(hoursLater));
        new InteractionBuilder(leadId).Of(type).At(scenario.Organization.Clock.UtcNow).CreateIn(scenario.Marketing);
    }
}
