extern alias plugins;

using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

/// <summary>
/// Who answers for a clock: recorded when it opens and when it closes, kept through a reassignment, and the one the
/// escalation turns to. Handed over Monday 2 March 2026 09:00 Berlin; the accept deadline is 17:00 the same day.
/// </summary>
public class ResponsibilityTests
{
    private readonly SlaScenario scenario = new();
    private readonly Guid agreementId;
    private readonly Guid otherRepId;
    private readonly Guid lead;

    public ResponsibilityTests()
    {
        agreementId = scenario.Agreement();
        otherRepId = new TeamMembers(scenario.Installed).SecondSalesRep();
        scenario.System.Update(new Entity("systemuser", otherRepId) { ["internalemailaddress"] = "sue@example.com" });
        lead = scenario.HandedOverLead(agreementId);
    }

    [Fact]
    public void A_clock_records_the_leads_owner_and_the_sales_team_as_responsible_when_it_opens()
    {
        var clock = AcceptClock();

        Assert.Equal(scenario.SalesOwnerId, clock.GetAttributeValue<EntityReference>(SlaClockSchema.OpenResponsibleUserId)?.Id);
        Assert.Equal(scenario.SalesTeamId, clock.GetAttributeValue<EntityReference>(SlaClockSchema.OpenResponsibleTeamId)?.Id);
        Assert.Null(clock.GetAttributeValue<EntityReference>(SlaClockSchema.CloseResponsibleUserId));
    }

    [Fact]
    public void Accepting_records_who_kept_the_promise_when_the_clock_closes()
    {
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 11:00"));

        scenario.Sales.Update(Stage(FunnelStage.Sal));

        var clock = AcceptClock();
        Assert.Equal((int)SlaClockState.Met, clock.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value);
        Assert.Equal(scenario.SalesOwnerId, clock.GetAttributeValue<EntityReference>(SlaClockSchema.CloseResponsibleUserId)?.Id);
    }

    [Fact]
    public void A_lead_reassigned_just_before_the_deadline_is_breached_by_its_new_owner()
    {
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 16:00"));
        Assign(otherRepId);
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 17:30"));

        Check();

        var clock = AcceptClock();
        Assert.Equal((int)SlaClockState.Breached, clock.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value);
        Assert.Equal(scenario.SalesOwnerId, clock.GetAttributeValue<EntityReference>(SlaClockSchema.OpenResponsibleUserId)?.Id);
        Assert.Equal(otherRepId, clock.GetAttributeValue<EntityReference>(SlaClockSchema.CloseResponsibleUserId)?.Id);
    }

    [Fact]
    public void A_lead_reassigned_after_its_deadline_leaves_the_breach_with_who_was_responsible()
    {
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 18:00"));

        Assign(otherRepId);

        var clock = AcceptClock();
        Assert.Equal((int)SlaClockState.Breached, clock.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value);
        Assert.Equal(scenario.SalesOwnerId, clock.GetAttributeValue<EntityReference>(SlaClockSchema.CloseResponsibleUserId)?.Id);
    }

    [Fact]
    public void A_breach_before_the_reassignment_is_escalated_to_who_was_responsible_and_the_new_owner_is_informed()
    {
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 18:00"));
        Assign(otherRepId);
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 18:30"));

        Escalate();

        var tasks = scenario.Rows("task", "regardingobjectid", lead, "subject", "ownerid").Where(t => t.GetAttributeValue<string>("subject").Contains("Accept", StringComparison.Ordinal));
        Assert.Equal(scenario.SalesOwnerId, Assert.Single(tasks).GetAttributeValue<EntityReference>("ownerid").Id);
        var recipients = scenario.Rows("email", "regardingobjectid", lead, "torecipients").Select(e => e.GetAttributeValue<string>("torecipients")).Order();
        Assert.Equal(["mara@example.com", "sue@example.com"], recipients);
    }

    [Fact]
    public void A_breach_after_the_reassignment_is_escalated_to_the_new_owner_alone()
    {
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 16:00"));
        Assign(otherRepId);
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 17:30"));
        Check();

        Escalate();

        var tasks = scenario.Rows("task", "regardingobjectid", lead, "subject", "ownerid").Where(t => t.GetAttributeValue<string>("subject").Contains("Accept", StringComparison.Ordinal));
        Assert.Equal(otherRepId, Assert.Single(tasks).GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(["mara@example.com"], scenario.Rows("email", "regardingobjectid", lead, "torecipients").Select(e => e.GetAttributeValue<string>("torecipients")));
    }

    [Fact]
    public void A_reassignment_while_a_clock_runs_is_recorded_in_the_history_with_both_owners()
    {
        scenario.Organization.Clock.Set(InBerlin("2026-03-02 18:00"));

        Assign(otherRepId);

        var row = Assert.Single(
            scenario.Rows(StageTransitionSchema.EntityName, StageTransitionSchema.LeadId, lead, StageTransitionSchema.Name, StageTransitionSchema.Comment, StageTransitionSchema.ChangedBy),
            r => r.GetAttributeValue<string>(StageTransitionSchema.Name) == "Reassigned: MQL");
        Assert.StartsWith("Assigned from Sam Sales to Sue Sales. Open clocks: Accept due 2026-03-02 16:00 UTC (breached before the reassignment)",
            row.GetAttributeValue<string>(StageTransitionSchema.Comment), StringComparison.Ordinal);
        Assert.Equal(scenario.SalesOwnerId, row.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy).Id);
    }

    [Fact]
    public void A_reassignment_of_a_lead_without_open_clocks_writes_no_history()
    {
        var quiet = scenario.Lead(agreementId);
        var before = scenario.Rows(StageTransitionSchema.EntityName, StageTransitionSchema.LeadId, quiet, StageTransitionSchema.Name).Count;

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, quiet) { ["ownerid"] = new EntityReference("systemuser", otherRepId) });

        Assert.Equal(before, scenario.Rows(StageTransitionSchema.EntityName, StageTransitionSchema.LeadId, quiet, StageTransitionSchema.Name).Count);
    }

    private Entity AcceptClock() => Assert.Single(
        scenario.Rows(SlaClockSchema.EntityName, SlaClockSchema.LeadId, lead, SlaClockSchema.Kind, SlaClockSchema.Status,
                SlaClockSchema.OpenResponsibleUserId, SlaClockSchema.OpenResponsibleTeamId, SlaClockSchema.CloseResponsibleUserId, SlaClockSchema.CloseResponsibleTeamId),
        c => c.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)SlaKind.Accept);

    private Entity Stage(FunnelStage stage) => new(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)stage) };

    private void Assign(Guid userId) =>
        scenario.Sales.Update(new Entity(LeadSchema.EntityName, lead) { ["ownerid"] = new EntityReference("systemuser", userId) });

    private void Check() => scenario.Run(new CheckSlaCompliance(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead) });

    private void Escalate() => scenario.Run(new EscalateSlaBreach(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead) });
}
