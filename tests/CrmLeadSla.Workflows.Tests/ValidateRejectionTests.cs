extern alias plugins;

using System.ServiceModel;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

public class ValidateRejectionTests
{
    private readonly SlaScenario scenario = new();
    private readonly Guid agreement;

    public ValidateRejectionTests() => agreement = scenario.Agreement();

    [Fact]
    public void An_active_agreed_reason_for_a_handed_over_lead_is_valid()
    {
        var reason = scenario.Reason("No budget");
        scenario.Agree(agreement, reason);

        var outputs = Validate(Lead(FunnelStage.Mql), reason);

        Assert.Equal(true, outputs["IsValid"]);
        Assert.Equal(string.Empty, outputs["Message"]);
    }

    [Fact]
    public void An_inactive_reason_is_invalid_with_the_funnels_own_message()
    {
        var reason = scenario.Reason("Old reason", (RejectionReasonSchema.IsActive, false));
        var funnel = FunnelRules.Decide(new StageMoveRequest(FunnelStage.Mql, FunnelStage.Nurture, FunnelActor.Sales, scenario.Now)
        {
            Reason = RejectionReasonRecord.Read(scenario.System, reason),
        });

        var outputs = Validate(Lead(FunnelStage.Mql), reason);

        Assert.Equal(false, outputs["IsValid"]);
        Assert.Equal(funnel.Refusal?.In(Language.English), outputs["Message"]);
        Assert.Contains("'Old reason' is no longer agreed", (string)outputs["Message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_the_agreement_does_not_list_is_invalid()
    {
        scenario.Agree(agreement, scenario.Reason("No budget"));
        var other = scenario.Reason("Wrong region");

        var outputs = Validate(Lead(FunnelStage.Mql), other);

        Assert.Equal(false, outputs["IsValid"]);
        Assert.Equal(
            "Sales cannot move a lead from MQL to Nurture: the reason 'Wrong region' is not one the agreement 'Spring campaign' lists. " +
            "Choose a reason the agreement lists, or ask an administrator to add it to the agreement.",
            outputs["Message"]);
    }

    [Fact]
    public void A_German_user_reads_the_message_in_German()
    {
        var germanUserId = new TeamMembers(scenario.Installed).GermanSalesRep();
        scenario.Agree(agreement, scenario.Reason("No budget"));
        var other = scenario.Reason("Falsche Region");
        var lead = Lead(FunnelStage.Mql);

        var outputs = scenario.Run(new ValidateRejection(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead), ["Reason"] = ReasonRef(other) }, germanUserId);

        Assert.Equal(false, outputs["IsValid"]);
        Assert.Equal(
            "Der Vertrieb kann einen Lead nicht von MQL nach Nurturing verschieben: Der Ablehnungsgrund „Falsche Region“ gehört nicht zu den Gründen der Vereinbarung „Spring campaign“. " +
            "Wählen Sie einen Grund, den die Vereinbarung nennt, oder bitten Sie einen Administrator, ihn in die Vereinbarung aufzunehmen.",
            outputs["Message"]);
    }

    [Fact]
    public void An_agreement_that_lists_no_reasons_allows_every_active_one()
    {
        var outputs = Validate(Lead(FunnelStage.Mql), scenario.Reason("No budget"));

        Assert.Equal(true, outputs["IsValid"]);
    }

    [Fact]
    public void A_reason_that_requires_a_comment_is_valid_with_one()
    {
        var reason = scenario.Reason("Other", (RejectionReasonSchema.RequiresComment, true));
        var lead = Lead(FunnelStage.Mql);

        var outputs = scenario.Run(new ValidateRejection(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead), ["Reason"] = ReasonRef(reason), ["Comment"] = "Student project" });

        Assert.Equal(true, outputs["IsValid"]);
    }

    [Fact]
    public void A_reason_that_requires_a_comment_is_invalid_without_one()
    {
        var reason = scenario.Reason("Other", (RejectionReasonSchema.RequiresComment, true));

        var outputs = Validate(Lead(FunnelStage.Mql), reason);

        Assert.Equal(false, outputs["IsValid"]);
        Assert.Contains("requires a comment", (string)outputs["Message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_lead_cannot_be_returned_with_a_reason_that_disqualifies()
    {
        var reason = scenario.Reason("Not a fit", (RejectionReasonSchema.Outcome, new OptionSetValue((int)RejectionOutcome.Disqualify)));

        var outputs = Validate(Lead(FunnelStage.Sal), reason);

        Assert.Equal(false, outputs["IsValid"]);
        Assert.Contains("an accepted lead cannot be disqualified", (string)outputs["Message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handed_over_lead_may_be_disqualified_with_a_reason_that_disqualifies()
    {
        var reason = scenario.Reason("Not a fit", (RejectionReasonSchema.Outcome, new OptionSetValue((int)RejectionOutcome.Disqualify)));

        var outputs = Validate(Lead(FunnelStage.Mql), reason);

        Assert.Equal(true, outputs["IsValid"]);
    }

    [Fact]
    public void A_lead_not_yet_handed_over_cannot_be_rejected()
    {
        var outputs = Validate(Lead(FunnelStage.Inquiry), scenario.Reason("No budget"));

        Assert.Equal(false, outputs["IsValid"]);
        Assert.StartsWith("Sales cannot move a lead from Inquiry to Nurture", (string)outputs["Message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stage_being_saved_is_judged_as_the_funnel_judges_the_move_to_it()
    {
        var reason = scenario.Reason("Not a fit", (RejectionReasonSchema.Outcome, new OptionSetValue((int)RejectionOutcome.Disqualify)));
        var lead = Lead(FunnelStage.Sal);

        var outputs = scenario.Run(new ValidateRejection(), LeadRef(lead), new()
        {
            ["Lead"] = LeadRef(lead),
            ["Reason"] = ReasonRef(reason),
            ["Stage"] = new OptionSetValue((int)FunnelStage.Disqualified),
        });

        Assert.Equal(false, outputs["IsValid"]);
        Assert.StartsWith("Sales cannot move a lead from SAL to Disqualified: a lead sales has accepted can only be returned to nurturing.", (string)outputs["Message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_changed_on_a_nurtured_lead_is_no_rejection_to_judge()
    {
        var reason = scenario.Reason("Timing");
        var lead = scenario.NurturedLead(agreement, scenario.Now.AddDays(30));

        var outputs = scenario.Run(new ValidateRejection(), LeadRef(lead), new()
        {
            ["Lead"] = LeadRef(lead),
            ["Reason"] = ReasonRef(reason),
            ["Comment"] = "Call again in spring",
            ["Stage"] = new OptionSetValue((int)FunnelStage.Nurture),
        });

        Assert.Equal((true, string.Empty), (outputs["IsValid"], outputs["Message"]));
    }

    [Fact]
    public void Validating_a_lead_without_an_agreement_is_refused()
    {
        var lead = scenario.HandedOverLead(agreement);
        scenario.System.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.SlaAgreementId] = null });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Validate(lead, scenario.Reason("No budget")));

        Assert.Contains("has no SLA agreement", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validating_without_the_required_lead_is_refused_by_the_workflow()
    {
        var reason = scenario.Reason("No budget");

        Assert.Throws<ArgumentException>(() =>
            scenario.Run(new ValidateRejection(), ReasonRef(reason), new() { ["Reason"] = ReasonRef(reason) }));
    }

    private Guid Lead(FunnelStage stage) => stage switch
    {
        FunnelStage.Mql => scenario.HandedOverLead(agreement),
        FunnelStage.Sal => scenario.AcceptedLead(agreement),
        _ => scenario.Lead(agreement),
    };

    private IReadOnlyDictionary<string, object?> Validate(Guid lead, Guid reason) =>
        scenario.Run(new ValidateRejection(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead), ["Reason"] = ReasonRef(reason) });
}
