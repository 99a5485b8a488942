using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using static CrmLeadSla.Plugins.Tests.Domain.Funnel.FunnelScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

public class RejectionTests
{
    [Fact]
    public void Rejecting_without_an_agreed_reason_is_refused()
    {
        var decision = FunnelRules.Decide(Rejection(null));

        Assert.Equal(
            "Sales cannot move a lead from MQL to Nurture: no agreed rejection reason was given. Choose one of the agreed rejection reasons in Rejection Reason (lsla_rejectionreasonid).",
            decision.Refusal?.In(Language.English, FieldColumns.ColumnOf));
    }

    [Fact]
    public void Rejecting_with_a_reason_no_longer_agreed_is_refused()
    {
        var decision = FunnelRules.Decide(Rejection(NoBudget with { IsActive = false }));

        Assert.Equal(
            "Sales cannot move a lead from MQL to Nurture: the rejection reason 'No budget this year' is no longer agreed. Choose an active agreed reason.",
            decision.Refusal?.In(Language.English));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Rejecting_without_the_comment_the_reason_requires_is_refused(string? comment)
    {
        var decision = FunnelRules.Decide(Rejection(NoBudget with { RequiresComment = true }, comment));

        Assert.Equal(
            "Sales cannot move a lead from MQL to Nurture: the reason 'No budget this year' requires a comment. Add a comment that explains the decision in Rejection Comment (lsla_rejectioncomment).",
            decision.Refusal?.In(Language.English, FieldColumns.ColumnOf));
    }

    [Fact]
    public void The_comment_and_reason_go_to_the_history()
    {
        var decision = FunnelRules.Decide(Rejection(NoBudget with { RequiresComment = true }, "Budget frozen until Q3"));

        Assert.Equal(NoBudget with { RequiresComment = true }, decision.Move!.Reason);
        Assert.Equal("Budget frozen until Q3", decision.Move.Comment);
    }

    [Fact]
    public void A_reason_that_disqualifies_does_not_send_the_lead_to_nurturing()
    {
        var decision = FunnelRules.Decide(Rejection(NotAFit));

        Assert.Equal(
            "Sales cannot move a lead from MQL to Nurture: the reason 'Not a fit' disqualifies the lead. " +
            "Move it to Disqualified, or choose a reason that returns it to nurturing.",
            decision.Refusal?.In(Language.English));
    }

    [Fact]
    public void A_reason_that_nurtures_does_not_disqualify_the_lead()
    {
        var request = Move(FunnelStage.Mql, FunnelStage.Disqualified, FunnelActor.Sales) with { Reason = NoBudget };

        Assert.Equal(
            "Sales cannot move a lead from MQL to Disqualified: the reason 'No budget this year' returns the lead to nurturing. " +
            "Move it to Nurture, or choose a reason that disqualifies it.",
            FunnelRules.Decide(request).Refusal?.In(Language.English));
    }

    [Fact]
    public void Returning_an_accepted_lead_needs_a_reason()
    {
        var request = Move(FunnelStage.Sal, FunnelStage.Nurture, FunnelActor.Sales);

        Assert.StartsWith("Sales cannot move a lead from SAL to Nurture: no agreed rejection reason was given.", FunnelRules.Decide(request).Refusal?.In(Language.English));
    }

    [Fact]
    public void Returning_an_accepted_lead_with_a_disqualifying_reason_is_refused()
    {
        var request = Move(FunnelStage.Sal, FunnelStage.Nurture, FunnelActor.Sales) with { Reason = NotAFit };

        Assert.Equal(
            "Sales cannot move a lead from SAL to Nurture: the reason 'Not a fit' disqualifies the lead. " +
            "Choose a reason that returns it to nurturing; an accepted lead cannot be disqualified.",
            FunnelRules.Decide(request).Refusal?.In(Language.English));
    }

    [Theory]
    [InlineData(Grade.A, Grade.B)]
    [InlineData(Grade.B, Grade.C)]
    [InlineData(Grade.C, Grade.D)]
    [InlineData(Grade.D, Grade.D)]
    public void A_reason_that_lowers_the_grade_lowers_it_by_one_letter(Grade before, Grade after)
    {
        var request = Rejection(NoBudget with { LowersGrade = true }) with { Grade = before };

        Assert.Equal(after, FunnelRules.Decide(request).Move!.Grade);
    }

    [Fact]
    public void A_reason_that_does_not_lower_the_grade_keeps_it()
    {
        var request = Rejection(NoBudget) with { Grade = Grade.B };

        Assert.Equal(Grade.B, FunnelRules.Decide(request).Move!.Grade);
    }

    [Fact]
    public void A_lead_without_a_grade_keeps_none_when_the_reason_lowers_it()
    {
        Assert.Null(FunnelRules.Decide(Rejection(NoBudget with { LowersGrade = true })).Move!.Grade);
    }

    [Fact]
    public void A_reason_offered_with_an_acceptance_is_not_recorded()
    {
        var request = Move(FunnelStage.Mql, FunnelStage.Sal, FunnelActor.Sales) with { Reason = NoBudget, Comment = "Looks good", Grade = Grade.A };

        var move = FunnelRules.Decide(request).Move!;

        Assert.Null(move.Reason);
        Assert.Null(move.Comment);
        Assert.Equal(Grade.A, move.Grade);
    }
}
