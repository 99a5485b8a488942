using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Funnel;
using static CrmLeadSla.Plugins.Tests.Domain.Funnel.FunnelScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

public class RecyclingTests
{
    private static StageMoveRequest Reactivation(DateTime? reactivateOn) =>
        Move(FunnelStage.Nurture, FunnelStage.Inquiry, FunnelActor.System) with { ReactivateOn = reactivateOn };

    [Fact]
    public void A_rejected_lead_comes_back_after_the_reasons_recycle_days()
    {
        var move = FunnelRules.Decide(Rejection(NoBudget)).Move!;

        Assert.Equal(Noon.AddDays(90), move.ReactivateOn);
    }

    [Fact]
    public void A_reason_without_recycle_days_leaves_the_lead_to_its_behaviour()
    {
        var move = FunnelRules.Decide(Rejection(NoBudget with { RecycleAfterDays = null })).Move!;

        Assert.Null(move.ReactivateOn);
    }

    [Fact]
    public void A_disqualified_lead_gets_no_reactivation_date()
    {
        var request = Move(FunnelStage.Mql, FunnelStage.Disqualified, FunnelActor.Sales) with { Reason = NotAFit with { RecycleAfterDays = 30 } };

        Assert.Null(FunnelRules.Decide(request).Move!.ReactivateOn);
    }

    [Fact]
    public void A_nurtured_lead_is_not_reactivated_before_its_date()
    {
        var decision = FunnelRules.Decide(Reactivation(Noon.AddMinutes(1)));

        Assert.Equal(
            "The system cannot move a lead from Nurture to Inquiry: the lead is due back on 2 March 2026 only. " +
            "Wait until then, or for its behaviour to qualify it again.",
            decision.Refusal?.In(Language.English));
    }

    [Fact]
    public void A_nurtured_lead_is_reactivated_when_its_date_is_reached()
    {
        Assert.True(FunnelRules.Decide(Reactivation(Noon)).IsAccepted);
    }

    [Fact]
    public void A_nurtured_lead_without_a_date_is_not_reactivated()
    {
        Assert.StartsWith(
            "The system cannot move a lead from Nurture to Inquiry: the lead has no reactivation date.",
            FunnelRules.Decide(Reactivation(null)).Refusal?.In(Language.English));
    }

    [Fact]
    public void A_nurtured_lead_returns_as_MQL_only_when_its_behaviour_qualifies_again()
    {
        var request = Move(FunnelStage.Nurture, FunnelStage.Mql, FunnelActor.System) with { MeetsMqlCriteria = false };

        Assert.StartsWith(
            "The system cannot move a lead from Nurture to MQL: the lead's behaviour does not meet the scoring model's threshold again yet.",
            FunnelRules.Decide(request).Refusal?.In(Language.English));
    }

    [Fact]
    public void A_lost_opportunity_sends_the_lead_to_nurturing_without_a_date()
    {
        var move = FunnelRules.Decide(Move(FunnelStage.Sql, FunnelStage.Nurture, FunnelActor.System)).Move!;

        Assert.Equal(MoveKind.Lose, move.Kind);
        Assert.Null(move.ReactivateOn);
    }
}
