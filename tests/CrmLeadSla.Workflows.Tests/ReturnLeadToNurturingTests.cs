using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

public class ReturnLeadToNurturingTests
{
    private readonly SlaScenario scenario = new();
    private readonly Guid agreement;

    public ReturnLeadToNurturingTests() => agreement = scenario.Agreement();

    [Fact]
    public void A_returned_lead_is_nurtured_with_its_reason_and_comment()
    {
        var reason = scenario.Reason("Timing");
        var lead = AcceptedLead();

        Return(lead, reason, "Call again after the trade fair");

        var row = LeadRow(lead);
        Assert.Equal((int)FunnelStage.Nurture, row.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value);
        Assert.Equal(reason, row.GetAttributeValue<EntityReference>(LeadSchema.RejectionReasonId).Id);
        Assert.Equal("Call again after the trade fair", row.GetAttributeValue<string>(LeadSchema.RejectionComment));
    }

    [Fact]
    public void The_reasons_recycle_days_set_when_the_lead_comes_back_in_the_agreements_wall_clock_time()
    {
        var reason = scenario.Reason("Timing", (RejectionReasonSchema.RecycleAfterDays, 30));
        var lead = AcceptedLead();

        var outputs = Return(lead, reason);

        // Returned on 2 March 09:00 in Berlin; 30 days later is 1 April 09:00 summer time, not 24-hour days (10:00).
        Assert.Equal(InBerlin("2026-04-01 09:00"), LeadRow(lead).GetAttributeValue<DateTime>(LeadSchema.ReactivateOn));
        Assert.Equal(InBerlin("2026-04-01 09:00"), outputs["ReactivateOn"]);
    }

    [Fact]
    public void Without_recycle_days_on_the_reason_the_agreements_days_apply_in_its_wall_clock_time()
    {
        var lead = AcceptedLead();

        Return(lead, scenario.Reason("Timing"));

        // 90 days from 2 March 09:00 in Berlin is 31 May 09:00 summer time: one hour less in UTC.
        Assert.Equal(InBerlin("2026-05-31 09:00"), LeadRow(lead).GetAttributeValue<DateTime>(LeadSchema.ReactivateOn));
    }

    [Fact]
    public void Without_recycle_days_on_the_reason_the_lead_is_saved_in_one_write_with_the_agreements_date()
    {
        var lead = AcceptedLead();
        using var requests = scenario.Organization.Requests.Measure();

        var outputs = Return(lead, scenario.Reason("Timing"));

        Assert.Equal(1, requests.CountOf("Update", LeadSchema.EntityName));
        Assert.Equal(InBerlin("2026-05-31 09:00"), outputs["ReactivateOn"]);
    }

    [Fact]
    public void A_reason_that_lowers_the_grade_lowers_it_by_one_letter()
    {
        var reason = scenario.Reason("Too small", (RejectionReasonSchema.LowersGrade, true));
        var lead = AcceptedLead((LeadSchema.Grade, new OptionSetValue((int)Grade.B)));

        Return(lead, reason);

        Assert.Equal((int)Grade.C, LeadRow(lead).GetAttributeValue<OptionSetValue>(LeadSchema.Grade).Value);
    }

    [Fact]
    public void Returning_with_an_inactive_reason_is_refused_and_changes_nothing()
    {
        var reason = scenario.Reason("Old reason", (RejectionReasonSchema.IsActive, false));
        var lead = AcceptedLead();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Return(lead, reason));

        Assert.Equal("Sales cannot move a lead from SAL to Nurture: the rejection reason 'Old reason' is no longer agreed. Choose an active agreed reason.", fault.Detail.Message);
        Assert.Equal((int)FunnelStage.Sal, LeadRow(lead).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value);
        Assert.Null(LeadRow(lead).GetAttributeValue<EntityReference>(LeadSchema.RejectionReasonId));
    }

    [Fact]
    public void Returning_with_a_reason_that_disqualifies_is_refused()
    {
        var reason = scenario.Reason("Not a fit", (RejectionReasonSchema.Outcome, new OptionSetValue((int)RejectionOutcome.Disqualify)));
        var lead = AcceptedLead();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Return(lead, reason));

        Assert.Contains("choose a reason that returns it to nurturing", fault.Detail.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Returning_a_lead_without_an_agreement_is_refused_and_changes_nothing()
    {
        var lead = scenario.AcceptedLead(agreement);
        scenario.System.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.SlaAgreementId] = null });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Return(lead, scenario.Reason("Timing")));

        Assert.Contains("has no SLA agreement", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal((int)FunnelStage.Sal, LeadRow(lead).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value);
    }

    [Fact]
    public void The_funnel_judges_the_move_as_the_workflows_user_so_marketing_cannot_return_a_lead()
    {
        var reason = scenario.Reason("Timing");
        var lead = AcceptedLead();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(new ReturnLeadToNurturing(), LeadRef(lead),
            new() { ["Lead"] = LeadRef(lead), ["Reason"] = ReasonRef(reason) }, scenario.MarketingOwnerId));

        Assert.StartsWith("Marketing cannot move a lead from SAL to Nurture", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal((int)FunnelStage.Sal, LeadRow(lead).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value);
    }

    [Fact]
    public void Returning_without_the_required_reason_is_refused_by_the_workflow()
    {
        var lead = AcceptedLead();

        Assert.Throws<ArgumentException>(() => scenario.Run(new ReturnLeadToNurturing(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead) }));
        Assert.Equal((int)FunnelStage.Sal, LeadRow(lead).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value);
    }

    private Guid AcceptedLead(params (string Column, object? Value)[] columns) => scenario.AcceptedLead(agreement, columns);

    private IReadOnlyDictionary<string, object?> Return(Guid lead, Guid reason, string? comment = null) =>
        scenario.Run(new ReturnLeadToNurturing(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead), ["Reason"] = ReasonRef(reason), ["Comment"] = comment });

    private Entity LeadRow(Guid lead) => scenario.Row(LeadSchema.EntityName, lead,
        LeadSchema.FunnelStage, LeadSchema.RejectionReasonId, LeadSchema.RejectionComment, LeadSchema.ReactivateOn, LeadSchema.Grade);
}
