using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using static CrmLeadSla.Plugins.Tests.Domain.Sla.SlaCalendarScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

public class AgreedRejectionTests
{
    private static readonly DateTime Now = Utc("2026-03-02 09:00");
    private static readonly RejectionReason NoBudget = new(Guid.NewGuid(), "No budget", RejectionOutcome.Nurture);
    private static readonly RejectionReason NotAFit = new(Guid.NewGuid(), "Not a fit", RejectionOutcome.Disqualify);

    [Fact]
    public void Rejecting_a_handed_over_lead_goes_where_the_reason_sends_it()
    {
        Assert.Equal(FunnelStage.Nurture, AgreedRejection.RequestFor(FunnelStage.Mql, NoBudget, null, Now).To);
        Assert.Equal(FunnelStage.Disqualified, AgreedRejection.RequestFor(FunnelStage.Mql, NotAFit, null, Now).To);
    }

    [Fact]
    public void Rejecting_an_accepted_lead_is_a_return_to_nurturing_whatever_the_reason()
    {
        Assert.Equal(FunnelStage.Nurture, AgreedRejection.RequestFor(FunnelStage.Sal, NotAFit, null, Now).To);
    }

    [Fact]
    public void A_return_to_nurturing_with_a_reason_that_disqualifies_is_refused()
    {
        var decision = AgreedRejection.Decide(AgreedRejection.ReturnFor(FunnelStage.Mql, NotAFit, null, Now), Agreement());

        Assert.Equal("Sales cannot move a lead from MQL to Nurture: the reason 'Not a fit' disqualifies the lead. Move it to Disqualified, or choose a reason that returns it to nurturing.", decision.Refusal?.In(Language.English));
    }

    [Fact]
    public void A_reason_the_agreement_lists_is_accepted()
    {
        var decision = AgreedRejection.Decide(AgreedRejection.RequestFor(FunnelStage.Mql, NoBudget, null, Now), Agreement(NoBudget.Id));

        Assert.True(decision.IsAccepted);
    }

    [Fact]
    public void A_reason_the_agreement_does_not_list_is_refused_naming_agreement_and_fix()
    {
        var decision = AgreedRejection.Decide(AgreedRejection.RequestFor(FunnelStage.Mql, NoBudget, null, Now), Agreement(NotAFit.Id));

        Assert.Equal(
            "Sales cannot move a lead from MQL to Nurture: the reason 'No budget' is not one the agreement 'Spring campaign' lists. " +
            "Choose a reason the agreement lists, or ask an administrator to add it to the agreement.",
            decision.Refusal?.In(Language.English));
    }

    [Fact]
    public void The_funnels_refusal_comes_first()
    {
        var inactive = NoBudget with { IsActive = false };

        var decision = AgreedRejection.Decide(AgreedRejection.RequestFor(FunnelStage.Mql, inactive, null, Now), Agreement(NotAFit.Id));

        Assert.Contains("is no longer agreed", decision.Refusal?.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_without_a_reason_is_not_checked_against_the_agreement()
    {
        var accept = new StageMoveRequest(FunnelStage.Mql, FunnelStage.Sal, FunnelActor.Sales, Now) { Reason = NoBudget };

        Assert.True(AgreedRejection.Decide(accept, Agreement(NotAFit.Id)).IsAccepted);
    }

    [Fact]
    public void A_reasons_recycle_days_are_wall_clock_days_in_the_agreements_zone()
    {
        var noBudget = NoBudget with { RecycleAfterDays = 90 };
        var rejectedInMarch = At(Berlin, "2026-03-10 10:00");

        var decision = AgreedRejection.Decide(AgreedRejection.RequestFor(FunnelStage.Mql, noBudget, null, rejectedInMarch), Agreement());

        Assert.Equal(At(Berlin, "2026-06-08 10:00"), decision.Move!.ReactivateOn);
    }

    [Fact]
    public void Without_reason_days_the_agreements_reactivation_days_count_the_same_way()
    {
        var agreement = new SlaAgreement(Guid.NewGuid(), "Spring campaign", OfficeHours(Berlin), new AgreementTerms { ReactivateAfterDays = 30 });

        var decision = AgreedRejection.Decide(AgreedRejection.RequestFor(FunnelStage.Mql, NoBudget, null, At(Berlin, "2026-03-10 10:00")), agreement);

        Assert.Equal(At(Berlin, "2026-04-09 10:00"), decision.Move!.ReactivateOn);
    }

    private static SlaAgreement Agreement(params Guid[] reasons) =>
        new(Guid.NewGuid(), "Spring campaign", OfficeHours(Berlin), new AgreementTerms(), reasons);
}
