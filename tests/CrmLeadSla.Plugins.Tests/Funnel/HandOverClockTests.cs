extern alias workflows;

using CrmLeadSla.LocalDataverse.Workflows;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using workflows::CrmLeadSla.Workflows;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>
/// Marketing's hand-over clock: measured from the moment a lead first meets the agreement's criteria (a webinar
/// attendance worth the MQL threshold), automatic or after marketing's review, 8 business hours (08:00–16:00 UTC).
/// </summary>
public class HandOverClockTests
{
    private readonly FunnelScenario scenario = new();

    public HandOverClockTests()
    {
        new ScoringModelBuilder().MqlAt(30).BehaviourRule("Webinar", InteractionType.WebinarAttendance, 30).CreateIn(scenario.System);
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId)
        {
            [SlaAgreementSchema.HandOverWithinHours] = 8,
            [SlaAgreementSchema.MarketingOwnerId] = new EntityReference("systemuser", scenario.MarketingUserId),
        });
    }

    [Fact]
    public void An_automatic_hand_over_records_marketings_clock_met_at_the_moment_of_the_hand_over()
    {
        var leadId = scenario.NewLead();

        MeetsTheCriteria(leadId);

        var clock = HandOverClock(leadId);
        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
        Assert.Equal((int)SlaClockState.Met, clock.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value);
        Assert.Equal(FunnelScenario.Start, clock.GetAttributeValue<DateTime>(SlaClockSchema.StartedOn));
        Assert.Equal(FunnelScenario.Start, clock.GetAttributeValue<DateTime>(SlaClockSchema.CompletedOn));
    }

    [Fact]
    public void A_marketers_own_hand_over_under_an_automatic_agreement_is_recorded_met()
    {
        var leadId = scenario.HandedOverLead();

        Assert.Equal(SlaClockState.Met, scenario.Clocks(leadId)[SlaKind.HandOver]);
    }

    [Fact]
    public void Under_review_a_lead_meeting_the_criteria_stays_with_marketing_on_a_running_hand_over_clock()
    {
        Review();
        var leadId = scenario.NewLead();

        MeetsTheCriteria(leadId);

        var lead = scenario.Lead(leadId);
        Assert.Equal(FunnelStage.Inquiry, scenario.StageOf(leadId));
        Assert.Equal(scenario.MarketingUserId, lead.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(FunnelScenario.Start.AddHours(8), lead.GetAttributeValue<DateTime>(LeadSchema.HandOverDueOn));
        Assert.Equal(new Dictionary<SlaKind, SlaClockState> { [SlaKind.HandOver] = SlaClockState.Open }, scenario.Clocks(leadId));
    }

    [Fact]
    public void A_ready_lead_whose_marketer_does_not_act_breaches_after_the_agreed_business_hours()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);

        scenario.Organization.RunAsyncJobsUntil(FunnelScenario.Start.AddHours(8).AddMinutes(2));

        Assert.Equal(SlaClockState.Breached, scenario.Clocks(leadId)[SlaKind.HandOver]);
        Assert.Equal((int)SlaStatus.Breached, scenario.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus).Value);
    }

    [Fact]
    public void A_ready_lead_is_not_breached_before_the_agreed_business_hours_have_run()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);

        scenario.Organization.RunAsyncJobsUntil(FunnelScenario.Start.AddHours(7).AddMinutes(59));

        Assert.Equal(SlaClockState.Open, scenario.Clocks(leadId)[SlaKind.HandOver]);
    }

    [Fact]
    public void A_breached_hand_over_is_escalated_to_the_agreements_marketing_owner()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);

        scenario.Organization.RunAsyncJobsUntil(FunnelScenario.Start.AddHours(8).AddMinutes(2));

        var task = Assert.Single(Tasks(leadId));
        Assert.Equal(scenario.MarketingUserId, task.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void The_agreements_compliance_check_counts_a_review_nobody_finished_as_a_late_hand_over()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);
        scenario.Organization.RunAsyncJobsUntil(FunnelScenario.Start.AddHours(8).AddMinutes(2));
        var agreement = new EntityReference(SlaAgreementSchema.EntityName, scenario.AgreementId);

        var outputs = new WorkflowHost(scenario.Organization).Run(new CheckSlaCompliance(), new WorkflowRun
        {
            PrimaryEntity = agreement,
            UserId = scenario.Organization.SystemUserId,
            Inputs = new Dictionary<string, object?> { ["Agreement"] = agreement },
        });

        Assert.Equal(1, outputs["LateHandOvers"]);
    }

    [Fact]
    public void A_marketer_handing_a_ready_lead_over_in_time_meets_the_hand_over_clock_and_starts_sales_clocks()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(3));

        LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql);

        var lead = scenario.Lead(leadId);
        Assert.Equal(scenario.SalesUserId, lead.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Null(lead.GetAttributeValue<DateTime?>(LeadSchema.HandOverDueOn));
        Assert.Equal(
            new Dictionary<SlaKind, SlaClockState> { [SlaKind.HandOver] = SlaClockState.Met, [SlaKind.Accept] = SlaClockState.Open, [SlaKind.FirstContact] = SlaClockState.Open },
            scenario.Clocks(leadId));
    }

    [Fact]
    public void A_marketer_handing_a_ready_lead_over_late_breaches_the_hand_over_clock()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(9));

        LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql);

        Assert.Equal(SlaClockState.Breached, scenario.Clocks(leadId)[SlaKind.HandOver]);
    }

    [Fact]
    public void Keeping_a_ready_lead_in_nurturing_answers_the_hand_over_clock()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(2));

        LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Nurture);

        Assert.Equal(FunnelStage.Nurture, scenario.StageOf(leadId));
        Assert.Equal(new Dictionary<SlaKind, SlaClockState> { [SlaKind.HandOver] = SlaClockState.Met }, scenario.Clocks(leadId));
        Assert.Null(scenario.Lead(leadId).GetAttributeValue<DateTime?>(LeadSchema.HandOverDueOn));
    }

    [Fact]
    public void Meeting_the_criteria_again_while_ready_starts_no_second_clock()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));

        MeetsTheCriteria(leadId);

        Assert.Single(scenario.ClockRows(leadId));
        Assert.Equal(FunnelStage.Inquiry, scenario.StageOf(leadId));
    }

    [Fact]
    public void A_nurtured_lead_meeting_the_criteria_again_comes_back_to_the_marketing_owner_for_review()
    {
        Review();
        var reasonId = new RejectionReasonBuilder("No budget", RejectionOutcome.Nurture).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();
        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));

        MeetsTheCriteria(leadId);

        Assert.Equal(FunnelStage.Inquiry, scenario.StageOf(leadId));
        Assert.Equal(scenario.MarketingUserId, scenario.Lead(leadId).GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal([SlaClockState.Open, SlaClockState.Met], scenario.ClockRows(leadId)
            .Where(row => row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)SlaKind.HandOver)
            .Select(row => (SlaClockState)row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value).Order());
    }

    [Fact]
    public void Marketing_handing_over_a_reviewed_lead_costs_eight_requests()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);
        using var requests = scenario.Organization.Requests.Measure();

        LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql);

        // role, agreement, the lead's clocks (pre); history, the hand-over clock closed, two new clocks, the new owner (post)
        Assert.Equal(8, requests.FromPlugins);
    }

    [Fact]
    public void Scorings_verdict_on_a_lead_waiting_for_review_reads_and_writes_no_clock()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);
        using var requests = scenario.Organization.Requests.Measure();

        MeetsTheCriteria(leadId);

        Assert.Equal(0, requests.CountOf("RetrieveMultiple", SlaClockSchema.EntityName) + requests.CountOf("Create", SlaClockSchema.EntityName));
        Assert.Equal(0, requests.CountOf("RetrieveMultiple", SlaAgreementSchema.EntityName));
    }

    [Fact]
    public void Sales_cannot_keep_a_lead_in_nurturing_before_the_hand_over()
    {
        Review();
        var leadId = scenario.NewLead();
        MeetsTheCriteria(leadId);

        var message = FunnelScenario.Refused(() => LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Nurture));

        Assert.StartsWith("Sales cannot move a lead from Inquiry to Nurture: only marketing may make this move", message, StringComparison.Ordinal);
    }

    private void Review() => scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId)
    {
        [SlaAgreementSchema.HandOverMode] = new OptionSetValue((int)HandOverMode.Review),
    });

    private void MeetsTheCriteria(Guid leadId) =>
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).At(scenario.Organization.Clock.UtcNow).CreateIn(scenario.Marketing);

    private Entity HandOverClock(Guid leadId) =>
        scenario.ClockRows(leadId).Single(row => row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)SlaKind.HandOver);

    private List<Entity> Tasks(Guid leadId)
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("ownerid", "subject") };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, leadId);
        return scenario.System.RetrieveMultiple(query).Entities.ToList();
    }
}
