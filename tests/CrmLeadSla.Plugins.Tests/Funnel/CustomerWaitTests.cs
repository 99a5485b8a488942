using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>
/// A rep marks a lead as waiting on the customer (lsla_waitingoncustomer): sales' open clocks pause and resume, the same
/// clock continuing with its due time moved by the business time it stood still. The agreement is Berlin's office week,
/// Monday to Friday 08:00–17:00, accept within 8 business hours; the lead is handed over on Friday 6 March 2026, 15:00 Berlin.
/// </summary>
public class CustomerWaitTests
{
    private static readonly DateTime HandedOver = new(2026, 3, 6, 14, 0, 0, DateTimeKind.Utc);

    // Fri 15:00–17:00 (2 h) and Mon 08:00–14:00 (6 h) Berlin: Monday 9 March, 14:00 Berlin.
    private static readonly DateTime AcceptDue = new(2026, 3, 9, 13, 0, 0, DateTimeKind.Utc);

    private readonly FunnelScenario scenario = new(withDefaultAgreement: false);

    public CustomerWaitTests()
    {
        new AgreementBuilder("Berlin office week").SalesOwner(scenario.SalesUserId).Default()
            .With(SlaAgreementSchema.TimeZone, "W. Europe Standard Time")
            .With(SlaAgreementSchema.WorkdayStart, 8 * 60)
            .With(SlaAgreementSchema.WorkdayEnd, 17 * 60)
            .CreateIn(scenario.System);
        scenario.Organization.Clock.Set(HandedOver);
    }

    [Fact]
    public void A_paused_accept_clocks_due_time_moves_by_exactly_the_paused_business_time_across_a_weekend()
    {
        var leadId = scenario.HandedOverLead();
        Assert.Equal(AcceptDue, AcceptClock(leadId).GetAttributeValue<DateTime>(SlaClockSchema.DueOn));

        // Paused Friday 16:00 Berlin, resumed Monday 10:00 Berlin: Fri 16:00–17:00 and Mon 08:00–10:00, 3 business hours.
        Wait(scenario.Sales, leadId, true, new DateTime(2026, 3, 6, 15, 0, 0, DateTimeKind.Utc));
        Wait(scenario.Sales, leadId, false, new DateTime(2026, 3, 9, 9, 0, 0, DateTimeKind.Utc));

        var clock = AcceptClock(leadId);
        Assert.Equal(AcceptDue.AddHours(3), clock.GetAttributeValue<DateTime>(SlaClockSchema.DueOn));
        Assert.Equal(180, clock.GetAttributeValue<int>(SlaClockSchema.PausedMinutes));
        Assert.Null(clock.GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
        Assert.Equal(AcceptDue.AddHours(3), scenario.Lead(leadId).GetAttributeValue<DateTime>(LeadSchema.AcceptDueOn));
    }

    [Fact]
    public void A_resume_continues_the_same_clock()
    {
        var leadId = scenario.HandedOverLead();
        var before = AcceptClock(leadId).Id;

        Wait(scenario.Sales, leadId, true, HandedOver.AddHours(1));
        Wait(scenario.Sales, leadId, false, HandedOver.AddDays(3));

        Assert.Equal(before, AcceptClock(leadId).Id);
        Assert.Equal(2, scenario.ClockRows(leadId).Count);
        Assert.Equal(SlaClockState.Open, scenario.Clocks(leadId)[SlaKind.Accept]);
    }

    [Fact]
    public void A_paused_clock_is_not_breached_at_its_old_due_time()
    {
        var leadId = scenario.HandedOverLead();
        Wait(scenario.Sales, leadId, true, HandedOver.AddHours(1));

        scenario.Organization.RunAsyncJobsUntil(AcceptDue.AddHours(1));

        Assert.Equal(SlaClockState.Open, scenario.Clocks(leadId)[SlaKind.Accept]);
    }

    [Fact]
    public void A_paused_clock_left_waiting_is_breached_after_its_moved_due_time()
    {
        var leadId = scenario.HandedOverLead();
        Wait(scenario.Sales, leadId, true, HandedOver.AddHours(1));
        Wait(scenario.Sales, leadId, false, HandedOver.AddHours(2));
        var moved = AcceptClock(leadId).GetAttributeValue<DateTime>(SlaClockSchema.DueOn);

        scenario.Organization.RunAsyncJobsUntil(moved.AddMinutes(2));

        Assert.Equal(AcceptDue.AddHours(1), moved);
        Assert.Equal(SlaClockState.Breached, scenario.Clocks(leadId)[SlaKind.Accept]);
    }

    [Fact]
    public void A_clock_still_paused_when_its_old_due_time_passes_is_breached_after_its_moved_due_time()
    {
        var leadId = scenario.HandedOverLead();
        Wait(scenario.Sales, leadId, true, HandedOver.AddHours(1));
        scenario.Organization.RunAsyncJobsUntil(AcceptDue.AddHours(1));
        Wait(scenario.Sales, leadId, false, AcceptDue.AddHours(2));
        var moved = AcceptClock(leadId).GetAttributeValue<DateTime>(SlaClockSchema.DueOn);

        scenario.Organization.RunAsyncJobsUntil(moved.AddMinutes(2));

        Assert.Equal(SlaClockState.Breached, scenario.Clocks(leadId)[SlaKind.Accept]);
    }

    [Fact]
    public void Accepting_a_paused_lead_closes_the_accept_clock_met_as_judged_at_the_pause_with_no_pause_left_open()
    {
        var leadId = scenario.HandedOverLead();
        // Paused Friday 16:00 – Monday 10:00 Berlin (180 business minutes), due moved to Monday 17:00; paused again Monday 11:00.
        Wait(scenario.Sales, leadId, true, new DateTime(2026, 3, 6, 15, 0, 0, DateTimeKind.Utc));
        Wait(scenario.Sales, leadId, false, new DateTime(2026, 3, 9, 9, 0, 0, DateTimeKind.Utc));
        Wait(scenario.Sales, leadId, true, new DateTime(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc));

        // Accepted Tuesday 09:00 Berlin, past the moved due time, but judged at the pause.
        scenario.Organization.Clock.Set(new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc));
        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        var clock = AcceptClock(leadId);
        Assert.Equal((int)SlaClockState.Met, clock.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value);
        Assert.Null(clock.GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));

        // 180 before, and Monday 11:00–17:00 and Tuesday 08:00–09:00: 420 business minutes of the last pause.
        Assert.Equal(600, clock.GetAttributeValue<int>(SlaClockSchema.PausedMinutes));
    }

    [Fact]
    public void Accepting_a_lead_paused_past_its_due_time_closes_the_accept_clock_breached_with_the_pause_counted()
    {
        var leadId = scenario.HandedOverLead();
        // Paused Monday 15:00 Berlin, an hour past the due time, before the deadline workflow has run.
        Wait(scenario.Sales, leadId, true, AcceptDue.AddHours(1));

        scenario.Organization.Clock.Set(new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc));
        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        var clock = AcceptClock(leadId);
        Assert.Equal((int)SlaClockState.Breached, clock.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value);
        Assert.Null(clock.GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));

        // Monday 15:00–17:00 and Tuesday 08:00–09:00 Berlin.
        Assert.Equal(180, clock.GetAttributeValue<int>(SlaClockSchema.PausedMinutes));
    }

    [Fact]
    public void Rejecting_a_paused_lead_cancels_the_first_contact_clock_with_its_pause_ended_and_counted()
    {
        var reasonId = new RejectionReasonBuilder("Wrong region", RejectionOutcome.Disqualify).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();
        Wait(scenario.Sales, leadId, true, new DateTime(2026, 3, 6, 15, 0, 0, DateTimeKind.Utc));

        // Rejected Monday 09:00 Berlin.
        scenario.Organization.Clock.Set(new DateTime(2026, 3, 9, 8, 0, 0, DateTimeKind.Utc));
        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Disqualified, reasonId);

        var clock = ClockOf(leadId, SlaKind.FirstContact);
        Assert.Equal((int)SlaClockState.Cancelled, clock.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value);
        Assert.Null(clock.GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));

        // Friday 16:00–17:00 and Monday 08:00–09:00 Berlin.
        Assert.Equal(120, clock.GetAttributeValue<int>(SlaClockSchema.PausedMinutes));
    }

    [Fact]
    public void Accepting_and_setting_waiting_in_one_save_closes_the_accept_clock_and_pauses_the_clocks_open_after_it()
    {
        var leadId = scenario.HandedOverLead();
        var moment = HandedOver.AddHours(1);
        scenario.Organization.Clock.Set(moment);

        AcceptAndWait(leadId, true);

        Assert.Equal(SlaClockState.Met, scenario.Clocks(leadId)[SlaKind.Accept]);
        Assert.Null(AcceptClock(leadId).GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
        Assert.Equal(moment, ClockOf(leadId, SlaKind.FirstContact).GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
        Assert.Equal(moment, ClockOf(leadId, SlaKind.Qualify).GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
    }

    [Fact]
    public void Accepting_and_setting_waiting_in_one_save_records_the_move_and_then_the_pause()
    {
        var leadId = scenario.HandedOverLead();
        scenario.Organization.Clock.Set(HandedOver.AddHours(1));

        AcceptAndWait(leadId, true);

        var rows = scenario.History(leadId).Skip(2).Select(row => row.GetAttributeValue<string>(StageTransitionSchema.Name));
        Assert.Equal(["MQL → SAL", "Paused: SAL"], rows);
    }

    [Fact]
    public void Accepting_and_clearing_waiting_in_one_save_resumes_the_first_contact_clock_with_its_due_time_moved()
    {
        var leadId = scenario.HandedOverLead();
        Wait(scenario.Sales, leadId, true, new DateTime(2026, 3, 6, 15, 0, 0, DateTimeKind.Utc));

        // Monday 10:00 Berlin: Friday 16:00–17:00 and Monday 08:00–10:00 paused; first contact was due Tuesday 13:00 Berlin.
        scenario.Organization.Clock.Set(new DateTime(2026, 3, 9, 9, 0, 0, DateTimeKind.Utc));
        AcceptAndWait(leadId, false);

        var clock = ClockOf(leadId, SlaKind.FirstContact);
        var moved = new DateTime(2026, 3, 10, 15, 0, 0, DateTimeKind.Utc);
        Assert.Null(clock.GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
        Assert.Equal(180, clock.GetAttributeValue<int>(SlaClockSchema.PausedMinutes));
        Assert.Equal(moved, clock.GetAttributeValue<DateTime>(SlaClockSchema.DueOn));
        Assert.Equal(moved, scenario.Lead(leadId).GetAttributeValue<DateTime>(LeadSchema.FirstContactDueOn));
    }

    [Fact]
    public void Accepting_a_lead_already_waiting_closes_the_accept_clock_and_opens_the_qualify_clock_paused()
    {
        var leadId = WaitingLeadAccepted();

        Assert.Equal(SlaClockState.Met, scenario.Clocks(leadId)[SlaKind.Accept]);
        Assert.Equal(HandedOver.AddHours(1), ClockOf(leadId, SlaKind.FirstContact).GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
        Assert.Equal(HandedOver.AddHours(2), ClockOf(leadId, SlaKind.Qualify).GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
    }

    [Fact]
    public void Clearing_waiting_after_accepting_a_waiting_lead_resumes_the_qualify_clock_with_its_due_time_moved()
    {
        var leadId = WaitingLeadAccepted();
        var due = ClockOf(leadId, SlaKind.Qualify).GetAttributeValue<DateTime>(SlaClockSchema.DueOn);

        // Qualify counts round the clock: paused from the accept, Friday 17:00 Berlin, to Saturday 17:00 Berlin.
        Wait(scenario.Sales, leadId, false, HandedOver.AddHours(26));

        var clock = ClockOf(leadId, SlaKind.Qualify);
        Assert.Null(clock.GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
        Assert.Equal(24 * 60, clock.GetAttributeValue<int>(SlaClockSchema.PausedMinutes));
        Assert.Equal(due.AddHours(24), clock.GetAttributeValue<DateTime>(SlaClockSchema.DueOn));
    }

    [Fact]
    public void Accepting_a_lead_already_waiting_records_the_move_without_another_pause()
    {
        var leadId = WaitingLeadAccepted();

        var rows = scenario.History(leadId).Skip(2).Select(row => row.GetAttributeValue<string>(StageTransitionSchema.Name));
        Assert.Equal(["Paused: MQL", "MQL → SAL"], rows);
    }

    [Fact]
    public void Another_sales_rep_cannot_pause_the_owners_clocks()
    {
        var leadId = scenario.HandedOverLead();

        var message = FunnelScenario.Refused(() => Wait(scenario.Organization.ServiceFor(scenario.OtherSalesUserId), leadId, true, HandedOver.AddHours(1)));

        Assert.Contains("Waiting on the customer", message, StringComparison.Ordinal);
        Assert.Null(AcceptClock(leadId).GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
    }

    [Fact]
    public void A_german_rep_is_refused_in_german()
    {
        var leadId = scenario.HandedOverLead();

        var message = FunnelScenario.Refused(() => Wait(scenario.GermanSales, leadId, true, HandedOver.AddHours(1)));

        Assert.Contains("Nur der Besitzer des Leads", message, StringComparison.Ordinal);
        Assert.Contains("Wartet auf den Kunden", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_administrator_can_pause_the_owners_clocks()
    {
        var leadId = scenario.HandedOverLead();
        var administrator = scenario.Organization.ServiceFor(scenario.Organization.AdminUserId);

        Wait(administrator, leadId, true, HandedOver.AddHours(1));

        Assert.Equal(HandedOver.AddHours(1), AcceptClock(leadId).GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn));
    }

    [Fact]
    public void Marketings_hand_over_clock_is_not_sales_to_pause()
    {
        var leadId = scenario.HandedOverLead();

        Wait(scenario.Sales, leadId, true, HandedOver.AddHours(1));

        var paused = scenario.ClockRows(leadId).Where(row => row.GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn) != null)
            .Select(row => (SlaKind)row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value).OrderBy(kind => kind);
        Assert.Equal([SlaKind.Accept, SlaKind.FirstContact], paused);
    }

    [Fact]
    public void Each_pause_and_resume_is_recorded_in_the_history_without_a_move()
    {
        var leadId = scenario.HandedOverLead();

        Wait(scenario.Sales, leadId, true, HandedOver.AddHours(1));
        Wait(scenario.Sales, leadId, false, HandedOver.AddHours(2));

        var notes = scenario.History(leadId).Skip(2).ToList();
        Assert.Equal(["Paused: MQL", "Resumed: MQL"], notes.Select(row => row.GetAttributeValue<string>(StageTransitionSchema.Name)));
        Assert.All(notes, row => Assert.Equal((int)FunnelStage.Mql, row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.FromStage).Value));
        Assert.All(notes, row => Assert.Equal(scenario.SalesUserId, row.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy).Id));
    }

    [Fact]
    [Trait("Category", "Budget")]
    public void A_pause_by_the_owner_costs_five_requests()
    {
        var leadId = scenario.HandedOverLead();
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));
        using var requests = scenario.Organization.Requests.Measure();

        Wait(scenario.Sales, leadId, true);

        // agreement (one query), the lead's clocks (pre); history, accept and first contact paused (post)
        Assert.Equal(5, requests.FromPlugins);
    }

    [Fact]
    [Trait("Category", "Budget")]
    public void An_accept_that_sets_waiting_costs_eight_requests()
    {
        var leadId = scenario.HandedOverLead();
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));
        using var requests = scenario.Organization.Requests.Measure();

        AcceptAndWait(leadId, true);

        // role, agreement, the lead's clocks (pre); the move's and the pause's history rows, accept closed, qualify opened
        // paused, first contact paused (post)
        Assert.Equal(8, requests.FromPlugins);
    }

    [Fact]
    [Trait("Category", "Budget")]
    public void A_resume_by_the_owner_costs_five_requests()
    {
        var leadId = scenario.HandedOverLead();
        Wait(scenario.Sales, leadId, true, HandedOver.AddHours(1));
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));
        using var requests = scenario.Organization.Requests.Measure();

        Wait(scenario.Sales, leadId, false);

        // agreement (one query), the lead's clocks (pre); history, accept and first contact resumed (post)
        Assert.Equal(5, requests.FromPlugins);
    }

    private void Wait(IOrganizationService service, Guid leadId, bool waits, DateTime? at = null)
    {
        if (at is DateTime moment)
        {
            scenario.Organization.Clock.Set(moment);
        }

        service.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.WaitingOnCustomer] = waits });
    }

    // Waiting on the customer from an hour after the hand-over; accepted an hour later without touching the column.
    private Guid WaitingLeadAccepted()
    {
        var leadId = scenario.HandedOverLead();
        Wait(scenario.Sales, leadId, true, HandedOver.AddHours(1));
        scenario.Organization.Clock.Set(HandedOver.AddHours(2));
        scenario.Sales.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Sal) });
        return leadId;
    }

    private void AcceptAndWait(Guid leadId, bool waits) => scenario.Sales.Update(new Entity(LeadSchema.EntityName, leadId)
    {
        [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Sal),
        [LeadSchema.WaitingOnCustomer] = waits,
    });

    private Entity AcceptClock(Guid leadId) => ClockOf(leadId, SlaKind.Accept);

    private Entity ClockOf(Guid leadId, SlaKind kind) =>
        scenario.ClockRows(leadId).Single(row => row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)kind);
}
