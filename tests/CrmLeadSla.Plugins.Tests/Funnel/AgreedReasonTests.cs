using System.ServiceModel;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>Rejections and returns judged against the reasons and reactivation days of the lead's agreement.</summary>
public class AgreedReasonTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void Sales_rejecting_with_a_reason_the_agreement_does_not_list_is_refused_and_nothing_is_saved()
    {
        Agree(new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).CreateIn(scenario.System));
        var unlisted = new RejectionReasonBuilder("Wrong region", RejectionOutcome.Nurture).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, unlisted, "Outside our territory"));

        Assert.Equal(
            "Sales cannot move a lead from MQL to Nurture: the reason 'Wrong region' is not one the agreement 'Default agreement' lists. " +
            "Choose a reason the agreement lists, or ask an administrator to add it to the agreement.",
            fault.Detail.Message);
        var lead = scenario.Lead(leadId);
        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
        Assert.Null(lead.GetAttributeValue<EntityReference>(LeadSchema.RejectionReasonId));
        Assert.Null(lead.GetAttributeValue<string>(LeadSchema.RejectionComment));
        Assert.Equal(["→Inquiry", "Inquiry→Mql"], scenario.Moves(leadId));
    }

    [Fact]
    public void Sales_returning_an_accepted_lead_with_a_reason_the_agreement_does_not_list_is_refused()
    {
        Agree(new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).CreateIn(scenario.System));
        var unlisted = new RejectionReasonBuilder("Wrong region", RejectionOutcome.Nurture).CreateIn(scenario.System);
        var leadId = scenario.AcceptedLead();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, unlisted));

        Assert.Contains("the reason 'Wrong region' is not one the agreement 'Default agreement' lists", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(FunnelStage.Sal, scenario.StageOf(leadId));
    }

    [Fact]
    public void Sales_rejecting_with_a_reason_the_agreement_lists_moves_the_lead()
    {
        var listed = new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).CreateIn(scenario.System);
        Agree(listed);
        Agree(new RejectionReasonBuilder("Wrong region", RejectionOutcome.Nurture).CreateIn(scenario.System));
        var leadId = scenario.HandedOverLead();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, listed);

        Assert.Equal(FunnelStage.Nurture, scenario.StageOf(leadId));
    }

    [Fact]
    public void An_agreement_that_lists_no_reasons_allows_any_active_reason()
    {
        var reasonId = new RejectionReasonBuilder("Wrong region", RejectionOutcome.Disqualify).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Disqualified, reasonId);

        Assert.Equal(FunnelStage.Disqualified, scenario.StageOf(leadId));
    }

    [Fact]
    public void A_lead_nurtured_with_a_reason_without_days_comes_back_after_the_agreements_reactivation_days()
    {
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId) { [SlaAgreementSchema.ReactivateAfterDays] = 30 });
        var reasonId = new RejectionReasonBuilder("Timing", RejectionOutcome.Nurture).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);

        Assert.Equal(FunnelScenario.Start.AddDays(30), scenario.Lead(leadId).GetAttributeValue<DateTime>(LeadSchema.ReactivateOn));
    }

    [Fact]
    public void A_reasons_own_recycle_days_win_over_the_agreements_reactivation_days()
    {
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId) { [SlaAgreementSchema.ReactivateAfterDays] = 30 });
        var reasonId = new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).RecycleAfter(90).CreateIn(scenario.System);
        var leadId = scenario.AcceptedLead();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);

        Assert.Equal(FunnelScenario.Start.AddDays(90), scenario.Lead(leadId).GetAttributeValue<DateTime>(LeadSchema.ReactivateOn));
    }

    [Fact]
    public void Recycling_after_90_days_from_10_00_Berlin_in_March_lands_at_10_00_Berlin_in_June()
    {
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId) { [SlaAgreementSchema.TimeZone] = "W. Europe Standard Time" });
        var reasonId = new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).RecycleAfter(90).CreateIn(scenario.System);
        scenario.Organization.Clock.Advance(new DateTime(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc) - FunnelScenario.Start);
        var leadId = scenario.HandedOverLead();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);

        // 10:00 CET is 09:00 UTC; 10:00 CEST on 8 June is 08:00 UTC.
        Assert.Equal(new DateTime(2026, 6, 8, 8, 0, 0, DateTimeKind.Utc), scenario.Lead(leadId).GetAttributeValue<DateTime>(LeadSchema.ReactivateOn));
    }

    private void Agree(Guid reasonId) => scenario.System.Create(new Entity(AgreedReasonSchema.EntityName)
    {
        [AgreedReasonSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, scenario.AgreementId),
        [AgreedReasonSchema.RejectionReasonId] = new EntityReference(RejectionReasonSchema.EntityName, reasonId),
    });
}
