using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

/// <summary>
/// The shipped workflows (Solution/Workflows/) run from their XAML in the local Dataverse: the hand-over, a rejection
/// or a new agreement starts them, the clock and the system jobs do the rest. No test here calls an activity.
/// </summary>
public class ShippedWorkflowRunTests
{
    private const string DailyJob = "Lead SLA: daily agreement job";

    private readonly SlaScenario scenario = new();
    private readonly Guid agreement;

    public ShippedWorkflowRunTests()
    {
        agreement = scenario.Agreement();
        scenario.Organization.RunPendingAsyncJobs();
    }

    [Fact]
    public void Past_the_accept_deadline_the_jobs_breach_the_accept_clock_and_escalate_it()
    {
        var lead = scenario.HandedOverLead(agreement);

        RunJobsAt(Due(lead, LeadSchema.AcceptDueOn).AddMinutes(1));

        Assert.Equal(SlaClockState.Breached, State(lead, SlaKind.Accept));
        Assert.Contains(Subjects(lead), s => s == "SLA breached: Accept for Prospect");
    }

    [Fact]
    public void A_lead_accepted_in_time_is_not_breached_and_nothing_is_escalated()
    {
        var lead = scenario.HandedOverLead(agreement);
        var due = Due(lead, LeadSchema.AcceptDueOn);
        scenario.Sales.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Sal) });

        RunJobsAt(due.AddMinutes(1));

        Assert.Equal(SlaClockState.Met, State(lead, SlaKind.Accept));
        Assert.Empty(Subjects(lead));
        Assert.Equal(AsyncJobStatus.Succeeded, Job("Lead SLA: check the accept deadline", lead, SlaKind.Accept).Status);
    }

    [Fact]
    public void Until_a_minute_past_the_accept_deadline_its_workflow_waits()
    {
        var lead = scenario.HandedOverLead(agreement);
        var due = Due(lead, LeadSchema.AcceptDueOn);

        RunJobsAt(due);

        var job = Job("Lead SLA: check the accept deadline", lead, SlaKind.Accept);
        Assert.Equal((AsyncJobStatus.Postponed, due.AddMinutes(1)), (job.Status, job.PostponeUntil));
        Assert.Equal(SlaClockState.Open, State(lead, SlaKind.Accept));
    }

    [Fact]
    public void The_accept_workflow_waits_on_the_clocks_deadline_however_the_leads_copy_is_moved()
    {
        var lead = scenario.HandedOverLead(agreement);
        var due = ClockDue(lead, SlaKind.Accept);
        scenario.System.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.AcceptDueOn] = due.AddDays(30) });

        RunJobsAt(due.AddMinutes(1));

        Assert.Equal(SlaClockState.Breached, State(lead, SlaKind.Accept));
        Assert.Contains(Subjects(lead), s => s == "SLA breached: Accept for Prospect");
    }

    [Fact]
    public void A_lead_whose_agreement_column_was_cleared_is_still_checked_under_its_clocks_agreement()
    {
        var lead = scenario.HandedOverLead(agreement);
        var due = ClockDue(lead, SlaKind.Accept);
        scenario.System.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.SlaAgreementId] = null });

        RunJobsAt(due.AddMinutes(1));

        Assert.Equal((SlaClockState.Breached, AsyncJobStatus.Succeeded), (State(lead, SlaKind.Accept), Job("Lead SLA: check the accept deadline", lead, SlaKind.Accept).Status));
        Assert.Contains(Subjects(lead), s => s == "SLA breached: Accept for Prospect");
    }

    [Fact]
    public void Past_the_first_contact_deadline_the_breach_is_escalated_and_the_lead_goes_to_the_sales_team()
    {
        var lead = scenario.AcceptedLead(agreement);
        RunJobsAt(Due(lead, LeadSchema.AcceptDueOn).AddMinutes(1));

        RunJobsAt(Due(lead, LeadSchema.FirstContactDueOn).AddMinutes(1));

        Assert.Equal(SlaClockState.Breached, State(lead, SlaKind.FirstContact));
        Assert.Contains(Subjects(lead), s => s.StartsWith("SLA breached: First contact", StringComparison.Ordinal));
        Assert.Equal(scenario.SalesTeamId, scenario.Row(LeadSchema.EntityName, lead, "ownerid").GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void The_daily_agreement_job_starts_with_the_agreement_and_runs_again_every_day()
    {
        for (var day = 1; day <= 10; day++)
        {
            RunJobsAt(Start.AddDays(day).AddMinutes(1));
        }

        var runs = scenario.Organization.AsyncJobs.All.Where(j => j.Name == DailyJob && j.Regarding.Id == agreement).ToList();
        Assert.Equal(10, runs.Count(j => j.Status == AsyncJobStatus.Succeeded));
        Assert.Equal(Start.AddDays(11), Assert.Single(runs, j => j.Status == AsyncJobStatus.Postponed).PostponeUntil);
    }

    [Fact]
    public void The_daily_agreement_job_brings_a_dormant_lead_back_once_its_date_has_passed()
    {
        var lead = scenario.NurturedLead(agreement, Start.AddDays(1).AddHours(2));

        RunJobsAt(Start.AddDays(1).AddMinutes(1));
        var beforeItsDate = Stage(lead);
        RunJobsAt(Start.AddDays(2).AddMinutes(1));

        Assert.Equal((FunnelStage.Nurture, FunnelStage.Inquiry), (beforeItsDate, Stage(lead)));
    }

    [Fact]
    public void The_real_time_rejection_check_refuses_a_reason_the_agreement_does_not_list_before_the_funnel_sees_it()
    {
        var lead = scenario.HandedOverLead(agreement);
        scenario.Agree(agreement, scenario.Reason("No budget"));
        var unlisted = scenario.Reason("Wrong region");
        scenario.Organization.Traces.Clear();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            scenario.Sales.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.RejectionReasonId] = ReasonRef(unlisted) }));

        Assert.Equal(
            "Sales cannot move a lead from MQL to Nurture: the reason 'Wrong region' is not one the agreement 'Spring campaign' lists. " +
            "Choose a reason the agreement lists, or ask an administrator to add it to the agreement.",
            fault.Detail.Message);
        Assert.Equal(["CrmLeadSla.Workflows.ValidateRejection"], scenario.Organization.Traces.Entries.Select(t => t.PluginTypeName));
        Assert.Equal(FunnelStage.Mql, Stage(lead));
        Assert.Null(scenario.Row(LeadSchema.EntityName, lead, LeadSchema.RejectionReasonId).GetAttributeValue<EntityReference>(LeadSchema.RejectionReasonId));
    }

    [Fact]
    public void An_agreed_rejection_passes_the_check_and_is_saved()
    {
        var lead = scenario.HandedOverLead(agreement);
        var reason = scenario.Reason("No budget");
        scenario.Agree(agreement, reason);

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.RejectionReasonId] = ReasonRef(reason) });

        Assert.Equal(FunnelStage.Nurture, Stage(lead));
    }

    // Time passes to the moment; the system jobs run as they fall due, as the async service runs them.
    private void RunJobsAt(DateTime moment) => scenario.Organization.RunAsyncJobsUntil(moment);

    private DateTime Due(Guid lead, string column) => scenario.Row(LeadSchema.EntityName, lead, column).GetAttributeValue<DateTime>(column);

    private FunnelStage Stage(Guid lead) =>
        (FunnelStage)scenario.Row(LeadSchema.EntityName, lead, LeadSchema.FunnelStage).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value;

    private SlaClockState State(Guid lead, SlaKind kind) => (SlaClockState)Clock(lead, kind).GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value;

    private DateTime ClockDue(Guid lead, SlaKind kind) => scenario.Row(SlaClockSchema.EntityName, Clock(lead, kind).Id, SlaClockSchema.DueOn).GetAttributeValue<DateTime>(SlaClockSchema.DueOn);

    private Entity Clock(Guid lead, SlaKind kind) => scenario.Rows(SlaClockSchema.EntityName, SlaClockSchema.LeadId, lead, SlaClockSchema.Kind, SlaClockSchema.Status)
        .Single(c => c.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)kind);

    private IEnumerable<string> Subjects(Guid lead) => scenario.Rows("task", "regardingobjectid", lead, "subject").Select(t => t.GetAttributeValue<string>("subject"));

    // The workflows start on every new clock of the lead and go on only for their own kind: the job of the kind's clock.
    private AsyncJob Job(string name, Guid lead, SlaKind kind) => scenario.Organization.AsyncJobs.All.Single(j => j.Name == name && j.Regarding.Id == Clock(lead, kind).Id);
}
