using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Views;

/// <summary>Marketing's views find the rejected, nurtured and late leads on real rows.</summary>
public sealed class MarketingViewTests
{
    private const string Rejected = "Rejected leads (last 30 days)";
    private const string Nurturing = "Leads in nurturing awaiting reactivation";
    private const string Breaches = "SLA breaches this month";
    private const string HandOvers = "Hand-over clocks open or breached";

    private readonly ViewScenario scenario = new();

    [Fact]
    public void A_lead_rejected_last_week_shows_in_rejected_leads_with_its_reason_and_comment()
    {
        var reason = scenario.Reason("No budget this year", RejectionOutcome.Nurture);
        scenario.Lead("Berger", scenario.SalesUserId,
            (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Nurture)),
            (LeadSchema.StageChangedOn, ViewScenario.Now.AddDays(-7)),
            (LeadSchema.RejectionReasonId, ViewScenario.Ref(RejectionReasonSchema.EntityName, reason)),
            (LeadSchema.RejectionComment, "Budget frozen until Q3"));

        var row = Assert.Single(scenario.Run(Rejected, scenario.MarketingUserId));

        Assert.Equal("No budget this year", row.GetAttributeValue<EntityReference>(LeadSchema.RejectionReasonId).Name);
        Assert.Equal("Budget frozen until Q3", row.GetAttributeValue<string>(LeadSchema.RejectionComment));
        Assert.Equal("Nurture", row.FormattedValues["reason." + RejectionReasonSchema.Outcome]);
    }

    [Fact]
    public void A_lead_rejected_six_weeks_ago_is_no_longer_in_rejected_leads()
    {
        var reason = scenario.Reason("Competitor", RejectionOutcome.Disqualify);
        scenario.Lead("Jung", scenario.SalesUserId,
            (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Disqualified)),
            (LeadSchema.StageChangedOn, ViewScenario.Now.AddDays(-42)),
            (LeadSchema.RejectionReasonId, ViewScenario.Ref(RejectionReasonSchema.EntityName, reason)));

        Assert.Empty(scenario.Run(Rejected, scenario.MarketingUserId));
    }

    [Fact]
    public void A_lead_recycled_back_into_the_funnel_is_not_in_rejected_leads()
    {
        var reason = scenario.Reason("No budget this year", RejectionOutcome.Nurture);
        scenario.Lead("Weber", scenario.SalesUserId,
            (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Mql)),
            (LeadSchema.StageChangedOn, ViewScenario.Now.AddDays(-2)),
            (LeadSchema.RejectionReasonId, ViewScenario.Ref(RejectionReasonSchema.EntityName, reason)));

        Assert.Empty(scenario.Run(Rejected, scenario.MarketingUserId));
    }

    [Fact]
    public void Nurtured_leads_are_listed_by_the_day_they_come_back()
    {
        scenario.Lead("Later", scenario.SalesUserId, (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Nurture)), (LeadSchema.ReactivateOn, ViewScenario.Now.AddDays(80)));
        scenario.Lead("Sooner", scenario.SalesUserId, (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Nurture)), (LeadSchema.ReactivateOn, ViewScenario.Now.AddDays(20)));

        var rows = scenario.Run(Nurturing, scenario.MarketingUserId);

        Assert.Equal(["Sooner", "Later"], rows.Select(r => r.GetAttributeValue<string>("fullname")));
    }

    [Fact]
    public void A_disqualified_lead_does_not_await_reactivation()
    {
        scenario.Lead("Gone", scenario.SalesUserId, (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Disqualified)), (LeadSchema.ReactivateOn, ViewScenario.Now.AddDays(20)));

        Assert.Empty(scenario.Run(Nurturing, scenario.MarketingUserId));
    }

    [Fact]
    public void A_deadline_breached_this_month_is_listed_with_its_lead()
    {
        var lead = scenario.Lead("Late", scenario.SalesUserId);
        Clock(lead, SlaClockState.Breached, ViewScenario.Now.AddDays(-3));

        var row = Assert.Single(scenario.Run(Breaches, scenario.MarketingUserId));

        Assert.Equal(lead, row.GetAttributeValue<EntityReference>(SlaClockSchema.LeadId).Id);
    }

    [Fact]
    public void A_breach_shows_how_long_its_clock_stood_paused_waiting_on_the_customer()
    {
        var lead = scenario.Lead("Waited", scenario.SalesUserId);
        var clock = Clock(lead, SlaClockState.Breached, ViewScenario.Now.AddDays(-3));
        scenario.System.Update(new Entity(SlaClockSchema.EntityName, clock) { [SlaClockSchema.PausedMinutes] = 180 });

        var row = Assert.Single(scenario.Run(Breaches, scenario.MarketingUserId));

        Assert.Equal(180, row.GetAttributeValue<int>(SlaClockSchema.PausedMinutes));
    }

    [Fact]
    public void A_breach_of_last_month_and_a_met_deadline_are_not_breaches_this_month()
    {
        var lead = scenario.Lead("Late", scenario.SalesUserId);
        Clock(lead, SlaClockState.Breached, ViewScenario.Now.AddDays(-20));
        Clock(lead, SlaClockState.Met, ViewScenario.Now.AddDays(-3));

        Assert.Empty(scenario.Run(Breaches, scenario.MarketingUserId));
    }

    [Fact]
    public void Marketings_running_and_breached_hand_over_clocks_are_listed_the_next_deadline_first()
    {
        var lead = scenario.Lead("Ready", scenario.MarketingUserId);
        Clock(lead, SlaClockState.Breached, ViewScenario.Now.AddDays(-1), SlaKind.HandOver);
        Clock(lead, SlaClockState.Open, ViewScenario.Now.AddDays(-2), SlaKind.HandOver);

        var rows = scenario.Run(HandOvers, scenario.MarketingUserId);

        Assert.Equal([SlaClockState.Open, SlaClockState.Breached], rows.Select(row => (SlaClockState)row.GetAttributeValue<OptionSetValue>(CrmLeadSla.Plugins.Schema.SlaClockSchema.Status).Value));
    }

    [Fact]
    public void A_met_hand_over_clock_and_a_running_accept_clock_are_not_marketings_open_hand_overs()
    {
        var lead = scenario.Lead("Handed over", scenario.SalesUserId);
        Clock(lead, SlaClockState.Met, ViewScenario.Now.AddDays(-1), SlaKind.HandOver);
        Clock(lead, SlaClockState.Open, ViewScenario.Now.AddDays(1));

        Assert.Empty(scenario.Run(HandOvers, scenario.MarketingUserId));
    }

    private Guid Clock(Guid lead, SlaClockState state, DateTime dueOn, SlaKind kind = SlaKind.Accept) =>
        scenario.Create(SlaClockSchema.EntityName, null,
            (SlaClockSchema.Name, kind.ToString()),
            (SlaClockSchema.LeadId, ViewScenario.Ref("lead", lead)),
            (SlaClockSchema.Kind, new OptionSetValue((int)kind)),
            (SlaClockSchema.Status, new OptionSetValue((int)state)),
            (SlaClockSchema.DueOn, dueOn));
}
