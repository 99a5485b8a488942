using CrmLeadSla.Plugins.Domain.Sla;
using static CrmLeadSla.Plugins.Tests.Domain.Sla.SlaCalendarScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Sla;

public class SlaAgreementTests
{
    private static readonly AgreementTerms Terms = new()
    {
        HandOverWithinHours = 4,
        AcceptWithinHours = 8,
        FirstContactWithinHours = 16,
        QualifyWithinDays = 10,
        ReactivateAfterDays = 90,
    };

    [Theory]
    [InlineData(SlaKind.HandOver, "2026-03-06 16:00", "2026-03-09 11:00")]
    [InlineData(SlaKind.Accept, "2026-03-06 16:00", "2026-03-09 15:00")]
    [InlineData(SlaKind.FirstContact, "2026-03-06 16:00", "2026-03-10 14:00")]
    public void Hour_deadlines_count_the_agreements_business_hours(SlaKind kind, string start, string due)
    {
        var clock = Agreement().ClockFor(kind, At(Berlin, start));

        Assert.Equal(At(Berlin, due), clock!.DueOn);
    }

    [Fact]
    public void The_qualify_deadline_counts_calendar_days_at_the_same_wall_clock_time()
    {
        var clock = Agreement().ClockFor(SlaKind.Qualify, At(Berlin, "2026-03-20 16:00"));

        Assert.Equal(At(Berlin, "2026-03-30 16:00"), clock!.DueOn);
    }

    [Fact]
    public void The_qualify_clock_runs_round_the_clock_so_a_weekend_brings_it_closer_to_its_breach()
    {
        var clock = Agreement().ClockFor(SlaKind.Qualify, At(Berlin, "2026-03-02 09:00"))!;

        Assert.Equal(SlaStatus.AtRisk, clock.StatusAt(At(Berlin, "2026-03-09 23:00"), 75));
    }

    [Fact]
    public void A_deadline_the_agreement_leaves_empty_runs_no_clock()
    {
        var agreement = Agreement(Terms with { FirstContactWithinHours = null });

        Assert.Null(agreement.ClockFor(SlaKind.FirstContact, At(Berlin, "2026-03-02 09:00")));
    }

    [Fact]
    public void A_stored_clock_is_judged_in_the_calendar_of_its_kind()
    {
        var agreement = Agreement();

        var restored = agreement.Restore(SlaKind.Accept, At(Berlin, "2026-03-06 16:00"), At(Berlin, "2026-03-09 15:00"));

        Assert.Equal(Hours(8), restored.Allowed);
    }

    [Fact]
    public void A_reasons_recycle_days_come_before_the_agreements()
    {
        Assert.Equal(At(Berlin, "2026-03-16 09:00"), Agreement().ReactivateOn(At(Berlin, "2026-03-02 09:00"), 14));
    }

    [Fact]
    public void Without_days_on_the_reason_the_agreements_days_apply()
    {
        Assert.Equal(At(Berlin, "2026-05-31 09:00"), Agreement().ReactivateOn(At(Berlin, "2026-03-02 09:00"), null));
    }

    [Fact]
    public void Without_days_anywhere_the_lead_has_no_reactivation_date()
    {
        Assert.Null(Agreement(Terms with { ReactivateAfterDays = null }).ReactivateOn(At(Berlin, "2026-03-02 09:00"), null));
    }

    [Fact]
    public void An_agreement_that_lists_reasons_agrees_only_to_those()
    {
        var listed = Guid.NewGuid();
        var agreement = Agreement(Terms, listed);

        Assert.True(agreement.Agrees(listed));
        Assert.False(agreement.Agrees(Guid.NewGuid()));
    }

    [Fact]
    public void The_at_risk_share_is_75_percent_unless_the_agreement_sets_one()
    {
        Assert.Equal(75, Agreement().AtRiskPercent);
        Assert.Equal(90, Agreement(Terms with { AtRiskPercent = 90 }).AtRiskPercent);
    }

    private static SlaAgreement Agreement(AgreementTerms? terms = null, params Guid[] reasons) =>
        new(Guid.NewGuid(), "Spring campaign", OfficeHours(Berlin), terms ?? Terms, reasons);
}
