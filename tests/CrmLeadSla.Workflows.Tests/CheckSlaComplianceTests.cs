using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

public class CheckSlaComplianceTests
{
    private readonly SlaScenario scenario = new();

    [Fact]
    public void A_clock_past_its_due_time_is_closed_as_breached_and_the_lead_shows_breached()
    {
        var (lead, _) = LeadWithAcceptClock();
        scenario.Organization.Clock.Set(InBerlin("2026-03-03 13:00"));

        var outputs = CheckLead(lead);

        Assert.Equal(1, outputs["BreachedCount"]);
        Assert.Equal(SlaClockState.Breached, ClockStateOf(lead));
        Assert.Equal((int)SlaStatus.Breached, StatusOf(lead));
    }

    [Fact]
    public void A_clock_past_the_at_risk_share_stays_open_and_the_lead_shows_at_risk()
    {
        var (lead, _) = LeadWithAcceptClock();
        scenario.Organization.Clock.Set(InBerlin("2026-03-03 10:30"));

        var outputs = CheckLead(lead);

        Assert.Equal(0, outputs["BreachedCount"]);
        Assert.Equal(1, outputs["OpenCount"]);
        Assert.Equal(SlaClockState.Open, ClockStateOf(lead));
        Assert.Equal((int)SlaStatus.AtRisk, StatusOf(lead));
    }

    [Fact]
    public void The_agreements_at_risk_share_decides_when_a_clock_is_at_risk()
    {
        var (lead, _) = LeadWithAcceptClock((SlaAgreementSchema.AtRiskPercent, 95));
        scenario.Organization.Clock.Set(InBerlin("2026-03-03 10:30"));

        CheckLead(lead);

        Assert.Equal((int)SlaStatus.OnTrack, StatusOf(lead));
    }

    [Fact]
    public void Time_outside_business_hours_does_not_bring_a_clock_closer_to_its_breach()
    {
        var (lead, _) = LeadWithAcceptClock();
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 23:30"));

        var outputs = CheckLead(lead);

        Assert.Equal((int)SlaStatus.OnTrack, ((OptionSetValue)outputs["SlaStatus"]!).Value);
        Assert.Equal(SlaClockState.Open, ClockStateOf(lead));
    }

    [Fact]
    public void A_lead_handed_over_through_the_funnel_and_left_unanswered_breaches_at_its_accept_deadline()
    {
        var lead = scenario.HandedOverLead(scenario.Agreement());

        // Handed over Monday 09:00: accept due 17:00 the same day; first contact (16 hours) only Tuesday 16:00.
        scenario.Organization.Clock.Set(InBerlin("2026-03-03 10:00"));
        var outputs = CheckLead(lead);

        Assert.Equal(1, outputs["BreachedCount"]);
        Assert.Equal((int)SlaStatus.Breached, StatusOf(lead));
    }

    [Fact]
    public void A_lead_accepted_in_time_through_the_funnel_has_nothing_to_breach_at_the_accept_deadline()
    {
        var lead = scenario.AcceptedLead(scenario.Agreement());

        scenario.Organization.Clock.Set(InBerlin("2026-03-02 17:30"));
        var outputs = CheckLead(lead);

        Assert.Equal(0, outputs["BreachedCount"]);
    }

    [Fact]
    public void Checking_a_lead_without_an_agreement_is_refused_and_changes_nothing()
    {
        var lead = scenario.Lead(null);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => CheckLead(lead));

        Assert.Contains("has no SLA agreement", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("Set the lead's SLA Agreement", fault.Detail.Message, StringComparison.Ordinal);
        Assert.False(scenario.Row(LeadSchema.EntityName, lead, LeadSchema.SlaStatus).Contains(LeadSchema.SlaStatus));
    }

    [Fact]
    public void Checking_without_lead_or_agreement_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            scenario.Run(new CheckSlaCompliance(), AgreementRef(scenario.Agreement()), []));

        Assert.Contains("needs a lead, an SLA agreement or both", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Marketing_short_of_its_monthly_minimum_is_told_how_many_leads_it_owes()
    {
        var agreement = scenario.Agreement((SlaAgreementSchema.MinLeadsPerMonth, 3));
        var other = scenario.Agreement();
        HandOverAt(agreement, "2026-03-27 10:00");
        HandOverAt(agreement, "2026-04-02 10:00");
        HandOverAt(other, "2026-04-03 10:00");
        HandOverAt(agreement, "2026-04-10 10:00");
        scenario.Organization.Clock.Set(InBerlin("2026-04-20 12:00"));

        var outputs = CheckAgreement(agreement);

        Assert.Equal(2, outputs["HandedOverThisMonth"]);
        Assert.Equal(1, outputs["LeadsShort"]);
    }

    [Fact]
    public void The_month_is_counted_in_the_agreements_time_zone()
    {
        var agreement = scenario.Agreement();

        // 31 March 23:30 UTC is already 1 April in Berlin.
        scenario.Organization.Clock.Set(new DateTime(2026, 3, 31, 23, 30, 0, DateTimeKind.Utc));
        scenario.HandedOverLead(agreement);
        scenario.Organization.Clock.Set(InBerlin("2026-04-02 12:00"));

        var outputs = CheckAgreement(agreement);

        Assert.Equal(1, outputs["HandedOverThisMonth"]);
    }

    [Fact]
    public void Marketings_monthly_count_is_the_hand_overs_in_the_stage_history_whatever_is_stamped_on_the_leads()
    {
        var agreement = scenario.Agreement();
        var admin = scenario.Organization.ServiceFor(scenario.Organization.AdminUserId);
        var handedOver = HandOverAt(agreement, "2026-03-03 10:00");
        HandOverAt(agreement, "2026-03-04 10:00");
        var inquiry = scenario.Lead(agreement);
        scenario.Organization.Clock.Set(InBerlin("2026-03-05 10:00"));

        // An administrator stamps a hand-over on a lead never handed over and moves another one's into last month;
        // the lead is reassigned while its clocks run (a history row at MQL).
        admin.Update(new Entity(LeadSchema.EntityName, inquiry) { [LeadSchema.HandedOverOn] = InBerlin("2026-03-05 09:00") });
        admin.Update(new Entity(LeadSchema.EntityName, handedOver) { [LeadSchema.HandedOverOn] = InBerlin("2026-02-20 09:00") });
        admin.Update(new Entity(LeadSchema.EntityName, handedOver) { ["ownerid"] = new EntityReference("systemuser", scenario.MarketingOwnerId) });
        scenario.Organization.Clock.Set(InBerlin("2026-03-20 12:00"));

        var outputs = CheckAgreement(agreement);

        var history = scenario.Rows(StageTransitionSchema.EntityName, StageTransitionSchema.SlaAgreementId, agreement, StageTransitionSchema.FromStage, StageTransitionSchema.ToStage)
            .Count(row => row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage).Value == (int)FunnelStage.Mql
                && row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.FromStage)?.Value == (int)FunnelStage.Inquiry);
        Assert.Equal(2, history);
        Assert.Equal(history, outputs["HandedOverThisMonth"]);
    }

    [Fact]
    public void Hand_overs_later_than_promised_this_month_are_counted()
    {
        var agreement = scenario.Agreement();
        var terms = SlaAgreementRecord.Read(scenario.System, agreement);
        HandOver(terms, scenario.Lead(agreement), "2026-03-03 09:00");
        HandOver(terms, scenario.Lead(agreement), "2026-03-03 10:00");
        HandOver(terms, scenario.Lead(agreement), "2026-03-02 10:00");
        scenario.Organization.Clock.Set(InBerlin("2026-03-04 12:00"));

        var outputs = CheckAgreement(agreement);

        Assert.Equal(2, outputs["LateHandOvers"]);
    }

    // Marketing creates the lead and hands it over at a Berlin time.
    private Guid HandOverAt(Guid agreement, string local)
    {
        scenario.Organization.Clock.Set(InBerlin(local));
        return scenario.HandedOverLead(agreement);
    }

    // Marketing's clock runs from Monday 09:00 (4 business hours: due 13:00) until the hand-over.
    private void HandOver(SlaAgreement terms, Guid lead, string handedOver)
    {
        SlaClockRecords.Open(scenario.System, lead, terms, SlaKind.HandOver, InBerlin("2026-03-02 09:00"));
        SlaClockRecords.Complete(scenario.System, lead, terms, SlaKind.HandOver, InBerlin(handedOver));
    }

    private (Guid Lead, SlaAgreement Agreement) LeadWithAcceptClock(params (string Column, object? Value)[] columns)
    {
        var agreementId = scenario.Agreement(columns);
        var agreement = SlaAgreementRecord.Read(scenario.System, agreementId);
        var lead = scenario.Lead(agreementId);

        // Handed over Monday 13:00: 8 business hours are due Tuesday 12:00, at risk (75 %) from Tuesday 10:00.
        SlaClockRecords.Open(scenario.System, lead, agreement, SlaKind.Accept, InBerlin("2026-03-02 13:00"));
        return (lead, agreement);
    }

    private IReadOnlyDictionary<string, object?> CheckLead(Guid lead) =>
        scenario.Run(new CheckSlaCompliance(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead) });

    private IReadOnlyDictionary<string, object?> CheckAgreement(Guid agreement) =>
        scenario.Run(new CheckSlaCompliance(), AgreementRef(agreement), new() { ["Agreement"] = AgreementRef(agreement) });

    private SlaClockState ClockStateOf(Guid lead) =>
        (SlaClockState)scenario.Rows(SlaClockSchema.EntityName, SlaClockSchema.LeadId, lead, SlaClockSchema.Status)
            .Single().GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value;

    private int? StatusOf(Guid lead) =>
        scenario.Row(LeadSchema.EntityName, lead, LeadSchema.SlaStatus).GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus)?.Value;
}
