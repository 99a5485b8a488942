using CrmLeadSla.Plugins.Domain.Sla;
using static CrmLeadSla.Plugins.Tests.Domain.Sla.SlaCalendarScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Sla;

public class SlaClockTests
{
    private readonly BusinessCalendar office = OfficeHours(Berlin);

    // Accept within 8 business hours of a Monday 08:00 hand-over: due Monday 16:00.
    private SlaClock AcceptClock() => SlaClock.Start(office, At(Berlin, "2026-11-23 08:00"), Hours(8));

    [Fact]
    public void A_started_clock_is_due_after_the_allowed_business_time()
    {
        Assert.Equal(At(Berlin, "2026-11-23 16:00"), AcceptClock().DueOn);
    }

    [Fact]
    public void Resuming_moves_the_due_time_by_the_paused_business_time()
    {
        var clock = AcceptClock().Pause(At(Berlin, "2026-11-23 10:00")).Resume(At(Berlin, "2026-11-23 13:00"));

        Assert.Equal(At(Berlin, "2026-11-23 17:00").AddHours(15 + 2), clock.DueOn);
    }

    [Fact]
    public void A_pause_outside_business_hours_does_not_move_the_due_time()
    {
        var clock = SlaClock.Start(office, At(Berlin, "2026-11-20 16:00"), Hours(8))
            .Pause(At(Berlin, "2026-11-20 18:00"))
            .Resume(At(Berlin, "2026-11-23 07:30"));

        Assert.Equal(At(Berlin, "2026-11-23 15:00"), clock.DueOn);
    }

    [Fact]
    public void Completing_on_time_is_met()
    {
        var clock = AcceptClock().Complete(At(Berlin, "2026-11-23 16:00"));

        Assert.Equal(SlaClockState.Met, clock.State);
        Assert.Equal(At(Berlin, "2026-11-23 16:00"), clock.CompletedOn);
    }

    [Fact]
    public void Completing_late_is_breached()
    {
        var clock = AcceptClock().Complete(At(Berlin, "2026-11-23 16:01"));

        Assert.Equal(SlaClockState.Breached, clock.State);
    }

    [Fact]
    public void Completing_a_paused_clock_is_judged_at_the_pause()
    {
        var clock = AcceptClock().Pause(At(Berlin, "2026-11-23 15:00")).Complete(At(Berlin, "2026-11-24 12:00"));

        Assert.Equal(SlaClockState.Met, clock.State);
    }

    [Theory]
    [InlineData("2026-11-23 13:59", SlaStatus.OnTrack)]
    [InlineData("2026-11-23 14:00", SlaStatus.AtRisk)]
    [InlineData("2026-11-23 16:00", SlaStatus.AtRisk)]
    [InlineData("2026-11-23 16:01", SlaStatus.Breached)]
    public void Status_is_at_risk_after_three_quarters_of_the_allowed_time_and_breached_past_due(string local, SlaStatus expected)
    {
        Assert.Equal(expected, AcceptClock().StatusAt(At(Berlin, local)));
    }

    [Fact]
    public void The_agreement_sets_the_at_risk_share()
    {
        var status = AcceptClock().StatusAt(At(Berlin, "2026-11-23 12:00"), atRiskPercent: 50);

        Assert.Equal(SlaStatus.AtRisk, status);
    }

    [Fact]
    public void An_at_risk_share_above_a_hundred_percent_is_refused_naming_the_share()
    {
        var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => AcceptClock().StatusAt(At(Berlin, "2026-11-23 12:00"), 120));

        Assert.Contains("at-risk share is 120 %", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paused_time_does_not_count_towards_the_at_risk_share()
    {
        var clock = AcceptClock().Pause(At(Berlin, "2026-11-23 09:00"));

        Assert.Equal(SlaStatus.OnTrack, clock.StatusAt(At(Berlin, "2026-11-24 12:00")));
    }

    [Fact]
    public void A_clock_paused_after_its_due_time_stays_breached()
    {
        var clock = AcceptClock().Pause(At(Berlin, "2026-11-23 16:30")).Resume(At(Berlin, "2026-11-24 09:00"));

        Assert.Equal(SlaStatus.Breached, clock.StatusAt(At(Berlin, "2026-11-24 09:00")));
    }

    [Fact]
    public void An_overdue_clock_is_closed_as_breached()
    {
        var clock = AcceptClock().BreachIfOverdue(At(Berlin, "2026-11-23 17:00"));

        Assert.Equal(SlaClockState.Breached, clock.State);
    }

    [Fact]
    public void A_clock_on_time_is_left_open_by_the_breach_check()
    {
        var clock = AcceptClock().BreachIfOverdue(At(Berlin, "2026-11-23 15:00"));

        Assert.Equal(SlaClockState.Open, clock.State);
    }

    [Fact]
    public void Cancelling_a_clock_in_time_closes_it_as_cancelled()
    {
        var clock = AcceptClock().Cancel(At(Berlin, "2026-11-23 16:00"));

        Assert.Equal(SlaClockState.Cancelled, clock.State);
    }

    [Fact]
    public void Cancelling_an_overdue_clock_closes_it_as_breached()
    {
        var clock = AcceptClock().Cancel(At(Berlin, "2026-11-23 16:01"));

        Assert.Equal((SlaClockState.Breached, At(Berlin, "2026-11-23 16:01")), (clock.State, clock.CompletedOn));
    }

    [Fact]
    public void Cancelling_a_clock_paused_before_its_deadline_closes_it_as_cancelled()
    {
        var clock = AcceptClock().Pause(At(Berlin, "2026-11-23 15:00")).Cancel(At(Berlin, "2026-11-24 12:00"));

        Assert.Equal(SlaClockState.Cancelled, clock.State);
    }

    [Fact]
    public void A_cancelled_clock_no_longer_weighs_in_the_worst_status()
    {
        var cancelled = AcceptClock().Cancel(At(Berlin, "2026-11-23 09:00"));

        Assert.Equal(SlaStatus.OnTrack, SlaClock.WorstStatus([cancelled], At(Berlin, "2026-11-25 09:00")));
    }

    [Fact]
    public void The_worst_status_of_several_clocks_wins()
    {
        var onTrack = SlaClock.Start(office, At(Berlin, "2026-11-23 14:00"), Hours(27));
        var atRisk = AcceptClock();

        var worst = SlaClock.WorstStatus([onTrack, atRisk], At(Berlin, "2026-11-23 15:00"));

        Assert.Equal(SlaStatus.AtRisk, worst);
    }

    [Fact]
    public void A_clock_closed_as_breached_keeps_the_worst_status_breached()
    {
        var breached = AcceptClock().Complete(At(Berlin, "2026-11-24 09:00"));
        var met = AcceptClock().Complete(At(Berlin, "2026-11-23 09:00"));

        Assert.Equal(SlaStatus.Breached, SlaClock.WorstStatus([met, breached], At(Berlin, "2026-11-24 10:00")));
    }

    [Fact]
    public void A_closed_clock_cannot_be_paused()
    {
        var met = AcceptClock().Complete(At(Berlin, "2026-11-23 09:00"));

        Assert.Throws<InvalidOperationException>(() => met.Pause(At(Berlin, "2026-11-23 10:00")));
    }

    [Fact]
    public void A_change_before_the_last_one_is_refused()
    {
        var paused = AcceptClock().Pause(At(Berlin, "2026-11-23 12:00"));

        Assert.Throws<ArgumentOutOfRangeException>(() => paused.Resume(At(Berlin, "2026-11-23 11:00")));
    }

    [Fact]
    public void A_qualify_deadline_in_days_runs_round_the_clock()
    {
        var handedOver = At(Berlin, "2026-11-20 16:00");
        var clock = SlaClock.Until(BusinessCalendar.RoundTheClock(Berlin), handedOver, office.DueAfterDays(handedOver, 10));

        Assert.Equal(SlaStatus.AtRisk, clock.StatusAt(At(Berlin, "2026-11-28 04:00")));
        Assert.Equal(Hours(240), clock.Allowed);
    }
}
