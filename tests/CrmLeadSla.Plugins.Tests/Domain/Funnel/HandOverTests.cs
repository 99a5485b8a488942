using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Funnel;
using static CrmLeadSla.Plugins.Tests.Domain.Funnel.FunnelScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

public class HandOverTests
{
    [Fact]
    public void Scoring_hands_over_only_a_lead_that_meets_the_criteria()
    {
        var request = Move(FunnelStage.Inquiry, FunnelStage.Mql, FunnelActor.System) with { MeetsMqlCriteria = false };

        Assert.Equal(
            "The system cannot move a lead from Inquiry to MQL: the lead does not meet the scoring model's grade and behaviour threshold yet. " +
            "Let scoring continue, or ask marketing to hand it over.",
            FunnelRules.Decide(request).Refusal?.In(Language.English));
    }

    [Fact]
    public void Marketing_may_hand_over_a_lead_below_the_threshold()
    {
        var request = Move(FunnelStage.Inquiry, FunnelStage.Mql, FunnelActor.Marketing) with { MeetsMqlCriteria = false };

        Assert.True(FunnelRules.Decide(request).IsAccepted);
    }

    [Fact]
    public void An_excluded_lead_is_never_handed_over()
    {
        var request = Move(FunnelStage.Inquiry, FunnelStage.Mql, FunnelActor.Marketing) with { ExclusionReason = "Competitor (marked as competitor)" };

        Assert.Equal(
            "Marketing cannot move a lead from Inquiry to MQL: the lead is excluded from the process (Competitor (marked as competitor)) " +
            "and excluded leads are never handed over. " +
            "Leave it out of the funnel, or ask an administrator to correct the exclusion rules if it should not be excluded.",
            FunnelRules.Decide(request).Refusal?.In(Language.English));
    }

    [Fact]
    public void An_excluded_nurtured_lead_is_not_handed_over_again()
    {
        var request = Move(FunnelStage.Nurture, FunnelStage.Mql, FunnelActor.System) with { MeetsMqlCriteria = true, ExclusionReason = "Partner (e-mail domain partner.example)" };

        Assert.False(FunnelRules.Decide(request).IsAccepted);
    }

    [Fact]
    public void A_lead_moves_to_SQL_only_once_qualified()
    {
        var request = Move(FunnelStage.Sal, FunnelStage.Sql, FunnelActor.Sales) with { IsQualified = false };

        Assert.Equal(
            "Sales cannot move a lead from SAL to SQL: the lead has not been qualified, so no opportunity exists. " +
            "Qualify the lead; it moves to SQL with its opportunity.",
            FunnelRules.Decide(request).Refusal?.In(Language.English));
    }

    [Fact]
    public void Excluding_a_lead_needs_the_reason_of_a_rule()
    {
        var request = Move(FunnelStage.Mql, FunnelStage.Excluded, FunnelActor.System);

        Assert.StartsWith("The system cannot move a lead from MQL to Excluded: no exclusion reason was given.", FunnelRules.Decide(request).Refusal?.In(Language.English));
    }
}
