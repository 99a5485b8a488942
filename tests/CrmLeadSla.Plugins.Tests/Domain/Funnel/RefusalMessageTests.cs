using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Funnel;
using static CrmLeadSla.Plugins.Domain.Funnel.FunnelActor;
using static CrmLeadSla.Plugins.Domain.Funnel.FunnelStage;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

public class RefusalMessageTests
{
    private static string? RefusalOf(FunnelStage from, FunnelStage to, FunnelActor actor) =>
        FunnelRules.Decide(FunnelScenario.Satisfying(from, to, actor)).Refusal?.In(Language.English);

    [Fact]
    public void Sales_cannot_accept_a_lead_that_was_never_handed_over()
    {
        Assert.Equal(
            "Sales cannot move a lead from Inquiry to SAL: a lead must be handed over as an MQL before sales can accept it. " +
            "Wait for marketing's hand-over, or ask marketing to hand it over.",
            RefusalOf(Inquiry, Sal, Sales));
    }

    [Fact]
    public void Sales_cannot_force_a_lead_to_MQL()
    {
        Assert.Equal(
            "Sales cannot move a lead from Inquiry to MQL: only the system or marketing may make this move, " +
            "when the lead meets the scoring model's grade and behaviour threshold. " +
            "Let scoring hand it over, or ask marketing to hand it over.",
            RefusalOf(Inquiry, Mql, Sales));
    }

    [Fact]
    public void Marketing_cannot_accept_a_handed_over_lead()
    {
        Assert.Equal(
            "Marketing cannot move a lead from MQL to SAL: only sales may make this move, when sales accepts the handed-over lead. " +
            "Ask the lead's sales owner to accept it.",
            RefusalOf(Mql, Sal, Marketing));
    }

    [Fact]
    public void A_falling_score_does_not_take_a_handed_over_lead_back_to_Inquiry()
    {
        Assert.Equal(
            "The system cannot move a lead from MQL to Inquiry: a lead that has been handed over does not go back to Inquiry, " +
            "even when its score drops. Ask sales to accept it, or to reject it with an agreed reason.",
            RefusalOf(Mql, Inquiry, FunnelActor.System));
    }

    [Fact]
    public void An_accepted_lead_cannot_be_disqualified()
    {
        Assert.Equal(
            "Sales cannot move a lead from SAL to Disqualified: a lead sales has accepted can only be returned to nurturing. " +
            "Return it to Nurture with an agreed reason.",
            RefusalOf(Sal, Disqualified, Sales));
    }

    [Fact]
    public void Sales_cannot_win_a_lead_by_hand()
    {
        Assert.Equal(
            "Sales cannot move a lead from SQL to Won: only the system may make this move, when the lead's opportunity is won. " +
            "Close the lead's opportunity as won; the lead follows.",
            RefusalOf(Sql, Won, Sales));
    }

    [Fact]
    public void A_won_lead_is_final()
    {
        Assert.Equal(
            "The system cannot move a lead from Won to Nurture: a won lead is final. " +
            "Create a new lead or opportunity for new business with this customer.",
            RefusalOf(Won, Nurture, FunnelActor.System));
    }

    [Fact]
    public void A_nurtured_lead_must_be_handed_over_again_before_sales_accepts_it()
    {
        Assert.StartsWith(
            "Sales cannot move a lead from Nurture to SAL: a lead must be handed over as an MQL before sales can accept it.",
            RefusalOf(Nurture, Sal, Sales));
    }

    [Fact]
    public void A_step_the_funnel_lacks_lists_where_the_lead_can_go()
    {
        Assert.Equal(
            "Sales cannot move a lead from Nurture to Disqualified: the funnel has no such step. " +
            "From Nurture a lead can move to Inquiry, MQL or Excluded.",
            RefusalOf(Nurture, Disqualified, Sales));
    }

    [Fact]
    public void A_disqualified_lead_is_final()
    {
        Assert.Equal(
            "Sales cannot move a lead from Disqualified to Nurture: a disqualified lead is final. " +
            "Create a new lead if the prospect comes back with a real need.",
            RefusalOf(Disqualified, Nurture, Sales));
    }

    [Fact]
    public void An_excluded_lead_stays_out_of_the_process()
    {
        Assert.StartsWith(
            "Marketing cannot move a lead from Excluded to Inquiry: an excluded lead is out of the process for good.",
            RefusalOf(Excluded, Inquiry, Marketing));
    }

    [Fact]
    public void Sales_must_accept_a_lead_before_qualifying_it()
    {
        Assert.Equal(
            "Sales cannot move a lead from MQL to SQL: sales must accept a lead before qualifying it. Accept the lead first, then qualify it.",
            RefusalOf(Mql, Sql, Sales));
    }

    [Fact]
    public void A_lead_is_won_only_through_its_opportunity()
    {
        Assert.StartsWith("Sales cannot move a lead from SAL to Won: a lead is won only when its opportunity is won.", RefusalOf(Sal, Won, Sales));
    }

    [Fact]
    public void Writing_the_same_stage_is_not_a_move_of_the_funnel()
    {
        Assert.Equal("Sales cannot move a lead from SAL to SAL: the lead is already at SAL. Nothing needs to be done.", RefusalOf(Sal, Sal, Sales));
    }
}
