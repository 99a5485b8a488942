using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>The moves and activities that keep, break or cancel sales' promises, and lsla_slastatus.</summary>
public class SlaClockTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void Accepting_in_time_meets_the_accept_clock_and_starts_the_qualify_clock()
    {
        var leadId = scenario.HandedOverLead();
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(2));

        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        var clocks = scenario.Clocks(leadId);
        Assert.Equal(SlaClockState.Met, clocks[SlaKind.Accept]);
        Assert.Equal(SlaClockState.Open, clocks[SlaKind.Qualify]);
        var qualify = scenario.ClockRows(leadId).Single(row => row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)SlaKind.Qualify);
        Assert.Equal(FunnelScenario.Start.AddHours(2).AddDays(10), qualify.GetAttributeValue<DateTime>(SlaClockSchema.DueOn));
    }

    [Fact]
    public void Accepting_after_the_deadline_breaches_the_accept_clock()
    {
        var leadId = scenario.HandedOverLead();
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(9));

        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        Assert.Equal(SlaClockState.Breached, scenario.Clocks(leadId)[SlaKind.Accept]);
    }

    [Fact]
    public void A_late_acceptance_leaves_the_lead_breached()
    {
        var leadId = scenario.HandedOverLead();
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(9));

        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        Assert.Equal((int)SlaStatus.Breached, scenario.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus).Value);
    }

    [Fact]
    public void The_owners_first_phone_call_meets_the_first_contact_clock()
    {
        var leadId = scenario.HandedOverLead();
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(3));

        Call(scenario.Sales, leadId);

        Assert.Equal(SlaClockState.Met, scenario.Clocks(leadId)[SlaKind.FirstContact]);
    }

    [Fact]
    public void A_planned_phone_call_is_not_the_first_contact()
    {
        var leadId = scenario.HandedOverLead();

        PlannedCall(scenario.Sales, leadId);

        Assert.Equal(SlaClockState.Open, scenario.Clocks(leadId)[SlaKind.FirstContact]);
    }

    [Fact]
    public void A_planned_then_deleted_phone_call_does_not_keep_the_first_contact_promise()
    {
        var leadId = scenario.HandedOverLead();
        scenario.Sales.Delete("phonecall", PlannedCall(scenario.Sales, leadId));
        var due = scenario.ClockRows(leadId).Single(row => row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)SlaKind.FirstContact).GetAttributeValue<DateTime>(SlaClockSchema.DueOn);

        scenario.Organization.RunAsyncJobsUntil(due.AddMinutes(2));

        Assert.Equal(SlaClockState.Breached, scenario.Clocks(leadId)[SlaKind.FirstContact]);
    }

    [Fact]
    public void A_call_planned_in_time_but_completed_after_the_deadline_breaches_the_first_contact_clock()
    {
        var leadId = scenario.HandedOverLead();
        var call = PlannedCall(scenario.Sales, leadId);
        var due = scenario.ClockRows(leadId).Single(row => row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)SlaKind.FirstContact).GetAttributeValue<DateTime>(SlaClockSchema.DueOn);
        scenario.Organization.Clock.Set(due.AddMinutes(1));

        Complete(scenario.Sales, call);

        Assert.Equal(SlaClockState.Breached, scenario.Clocks(leadId)[SlaKind.FirstContact]);
    }

    [Fact]
    public void Deleting_the_call_that_kept_the_first_contact_promise_leaves_it_kept()
    {
        var leadId = scenario.HandedOverLead();
        var call = Call(scenario.Sales, leadId);

        scenario.Sales.Delete("phonecall", call);

        Assert.Equal(SlaClockState.Met, scenario.Clocks(leadId)[SlaKind.FirstContact]);
    }

    [Fact]
    public void An_e_mail_by_someone_other_than_the_owner_is_not_the_first_contact()
    {
        var leadId = scenario.HandedOverLead();

        scenario.Marketing.Create(new Entity("email") { ["subject"] = "Newsletter", ["regardingobjectid"] = new EntityReference(LeadSchema.EntityName, leadId) });

        Assert.Equal(SlaClockState.Open, scenario.Clocks(leadId)[SlaKind.FirstContact]);
    }

    [Fact]
    public void A_rejection_answers_in_time_and_cancels_the_first_contact_clock()
    {
        var reasonId = new RejectionReasonBuilder("No budget", RejectionOutcome.Nurture).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);

        Assert.Equal(
            new Dictionary<SlaKind, SlaClockState> { [SlaKind.Accept] = SlaClockState.Met, [SlaKind.FirstContact] = SlaClockState.Cancelled },
            scenario.Clocks(leadId));
        Assert.Equal((int)SlaStatus.OnTrack, scenario.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus).Value);
    }

    [Fact]
    public void Qualifying_meets_the_qualify_clock()
    {
        var leadId = scenario.AcceptedLead();
        Call(scenario.Sales, leadId);
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(3));

        scenario.Journey.Qualify(leadId);

        Assert.Equal(SlaClockState.Met, scenario.Clocks(leadId)[SlaKind.Qualify]);
    }

    [Fact]
    public void Leaving_the_funnel_cancels_the_open_clocks()
    {
        scenario.System.Create(new Entity(ExclusionRuleSchema.EntityName) { [ExclusionRuleSchema.Name] = "Partner", [ExclusionRuleSchema.EmailDomains] = "partner.example" });
        var leadId = scenario.AcceptedLead();

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, leadId) { ["emailaddress1"] = "someone@partner.example" });

        Assert.All(scenario.Clocks(leadId).Where(clock => clock.Key != SlaKind.Accept), clock => Assert.Equal(SlaClockState.Cancelled, clock.Value));
    }

    [Fact]
    public void Leaving_the_funnel_after_a_deadline_breaches_the_overdue_clock_instead_of_cancelling_it()
    {
        scenario.System.Create(new Entity(ExclusionRuleSchema.EntityName) { [ExclusionRuleSchema.Name] = "Partner", [ExclusionRuleSchema.EmailDomains] = "partner.example" });
        var leadId = scenario.AcceptedLead();
        var firstContactDue = scenario.ClockRows(leadId).Single(row => row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)SlaKind.FirstContact).GetAttributeValue<DateTime>(SlaClockSchema.DueOn);
        scenario.Organization.Clock.Set(firstContactDue.AddMinutes(1));

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, leadId) { ["emailaddress1"] = "someone@partner.example" });

        var clocks = scenario.Clocks(leadId);
        Assert.Equal((SlaClockState.Breached, SlaClockState.Cancelled), (clocks[SlaKind.FirstContact], clocks[SlaKind.Qualify]));
    }

    [Fact]
    public void The_lead_shows_its_worst_open_clock()
    {
        var leadId = scenario.HandedOverLead();
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(7));

        Call(scenario.Sales, leadId);

        Assert.Equal((int)SlaStatus.AtRisk, scenario.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus).Value);
    }

    // The call made: logged as planned, then completed (Made).
    private static Guid Call(IOrganizationService service, Guid leadId)
    {
        var call = PlannedCall(service, leadId);
        Complete(service, call);
        return call;
    }

    private static Guid PlannedCall(IOrganizationService service, Guid leadId) =>
        service.Create(new Entity("phonecall") { ["subject"] = "First call", ["regardingobjectid"] = new EntityReference(LeadSchema.EntityName, leadId) });

    private static void Complete(IOrganizationService service, Guid callId) =>
        service.Update(new Entity("phonecall", callId) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
}
