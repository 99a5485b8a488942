using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

/// <summary>Whether a hand-over goes to sales now or waits for marketing's review, and what each does to the clocks.</summary>
public class HandOverReviewTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_systems_hand_over_under_a_review_agreement_makes_the_lead_ready_at_inquiry()
    {
        var move = HandOverReview.Of(HandOver(FunnelStage.Inquiry), FunnelActor.System, Agreement(HandOverMode.Review, 8));

        Assert.Equal(MoveKind.ReadyForHandOver, move.Kind);
        Assert.Equal(FunnelStage.Inquiry, move.Change.To);
    }

    [Fact]
    public void A_marketers_hand_over_under_a_review_agreement_goes_ahead()
    {
        var move = HandOverReview.Of(HandOver(FunnelStage.Inquiry), FunnelActor.Marketing, Agreement(HandOverMode.Review, 8));

        Assert.Equal(MoveKind.HandOver, move.Kind);
    }

    [Fact]
    public void A_review_without_hand_over_hours_hands_over_automatically()
    {
        var move = HandOverReview.Of(HandOver(FunnelStage.Inquiry), FunnelActor.System, Agreement(HandOverMode.Review, null));

        Assert.Equal(MoveKind.HandOver, move.Kind);
    }

    [Fact]
    public void A_hand_over_keeps_marketings_promise_at_once_when_no_review_clock_runs()
    {
        var changes = ClockChanges.Of(ClockPlan.For(MoveKind.HandOver), [], Agreement(HandOverMode.Automatic, 8), Monday);

        var kept = Assert.Single(changes.Opened, clock => clock.Kind == SlaKind.HandOver);
        Assert.Equal(Monday, kept.MetOn);
        Assert.Equal(Monday, kept.StartedOn);
    }

    [Fact]
    public void A_hand_over_closes_the_running_review_clock_instead_of_recording_another()
    {
        var agreement = Agreement(HandOverMode.Review, 8);
        var running = new StoredClock(Guid.NewGuid(), SlaKind.HandOver, agreement.ClockFor(SlaKind.HandOver, Monday)!);

        var changes = ClockChanges.Of(ClockPlan.For(MoveKind.HandOver), [running], agreement, Monday.AddHours(3));

        Assert.Equal(SlaClockState.Met, Assert.Single(changes.Closed).State);
        Assert.DoesNotContain(changes.Opened, clock => clock.Kind == SlaKind.HandOver);
    }

    [Fact]
    public void Marketings_clock_carried_from_pre_to_post_operation_keeps_the_moment_it_was_met()
    {
        var decided = new DecidedMove { OpenedClocks = [new OpenedClock(SlaKind.HandOver, Monday, Monday.AddHours(8)) { MetOn = Monday }] };

        var read = DecidedMove.Read(decided.Write());

        Assert.Equal(Monday, Assert.Single(read.OpenedClocks).MetOn);
    }

    private static AcceptedMove HandOver(FunnelStage from) =>
        new(new StageChange(from, FunnelStage.Mql, Monday), MoveKind.HandOver, null, null, null, null);

    private static SlaAgreement Agreement(HandOverMode mode, int? hours) => new(
        Guid.NewGuid(), "Spring campaign", BusinessCalendar.RoundTheClock(TimeZoneInfo.Utc),
        new AgreementTerms { HandOverMode = mode, HandOverWithinHours = hours });
}
