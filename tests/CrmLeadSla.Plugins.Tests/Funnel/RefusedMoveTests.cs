using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>Moves the agreement does not allow, or not to the one who asks: refused with the rules' message, nothing saved.</summary>
public class RefusedMoveTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void A_marketing_user_cannot_accept_a_handed_over_lead()
    {
        var leadId = scenario.HandedOverLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Sal));

        Assert.Equal("Marketing cannot move a lead from MQL to SAL: only sales may make this move, when sales accepts the handed-over lead. Ask the lead's sales owner to accept it.", refusal);
        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
    }

    [Fact]
    public void A_sales_user_cannot_force_an_inquiry_to_mql()
    {
        var leadId = scenario.NewLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Mql));

        Assert.StartsWith("Sales cannot move a lead from Inquiry to MQL: only the system or marketing may make this move", refusal);
        Assert.Equal(FunnelStage.Inquiry, scenario.StageOf(leadId));
    }

    [Fact]
    public void Sales_cannot_accept_a_lead_that_was_never_handed_over()
    {
        var leadId = scenario.NewLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal));

        Assert.Equal("Sales cannot move a lead from Inquiry to SAL: a lead must be handed over as an MQL before sales can accept it. Wait for marketing's hand-over, or ask marketing to hand it over.", refusal);
    }

    [Fact]
    public void Rejecting_without_an_agreed_reason_is_refused()
    {
        var leadId = scenario.HandedOverLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId: null));

        Assert.Equal("Sales cannot move a lead from MQL to Nurture: no agreed rejection reason was given. Choose one of the agreed rejection reasons in Rejection Reason (lsla_rejectionreasonid).", refusal);
        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
    }

    [Fact]
    public void Sales_rejecting_without_a_comment_where_the_reason_requires_one_is_refused()
    {
        var reasonId = new RejectionReasonBuilder("Other", RejectionOutcome.Nurture).RequiresComment().CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId, comment: " "));

        Assert.Equal("Sales cannot move a lead from MQL to Nurture: the reason 'Other' requires a comment. Add a comment that explains the decision in Rejection Comment (lsla_rejectioncomment).", refusal);
    }

    [Fact]
    public void A_reason_that_is_no_longer_agreed_cannot_be_used()
    {
        var reasonId = new RejectionReasonBuilder("Old reason", RejectionOutcome.Nurture).Inactive().CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId));

        Assert.Contains("the rejection reason 'Old reason' is no longer agreed", refusal);
    }

    [Fact]
    public void A_disqualifying_reason_cannot_send_the_lead_to_nurture()
    {
        var reasonId = new RejectionReasonBuilder("Not a fit", RejectionOutcome.Disqualify).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId));

        Assert.Equal("Sales cannot move a lead from MQL to Nurture: the reason 'Not a fit' disqualifies the lead. Move it to Disqualified, or choose a reason that returns it to nurturing.", refusal);
    }

    [Fact]
    public void Qualifying_a_lead_sales_has_not_accepted_is_refused_and_the_lead_stays_open()
    {
        var leadId = scenario.HandedOverLead();

        var refusal = FunnelScenario.Refused(() => scenario.Journey.Qualify(leadId));

        Assert.Equal("Sales cannot move a lead from MQL to SQL: sales must accept a lead before qualifying it. Accept the lead first, then qualify it.", refusal);
        Assert.Equal(0, scenario.Lead(leadId).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(0, scenario.Organization.Database.CountOf("opportunity"));
    }

    [Fact]
    public void Sales_cannot_disqualify_a_lead_it_has_accepted()
    {
        var reasonId = new RejectionReasonBuilder("Not a fit", RejectionOutcome.Disqualify).CreateIn(scenario.System);
        var leadId = scenario.AcceptedLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Disqualified, reasonId));

        Assert.Equal("Sales cannot move a lead from SAL to Disqualified: a lead sales has accepted can only be returned to nurturing. Return it to Nurture with an agreed reason.", refusal);
    }

    [Fact]
    public void A_sales_user_cannot_win_a_lead_without_its_opportunity()
    {
        var leadId = scenario.AcceptedLead();
        scenario.Journey.Qualify(leadId);

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Won));

        Assert.Equal("Sales cannot move a lead from SQL to Won: only the system may make this move, when the lead's opportunity is won. Close the lead's opportunity as won; the lead follows.", refusal);
    }

    [Fact]
    public void A_nurtured_lead_does_not_come_back_before_its_reactivation_date()
    {
        var reasonId = new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).RecycleAfter(30).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();
        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(29));

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.System, leadId, FunnelStage.Inquiry));

        Assert.Equal("The system cannot move a lead from Nurture to Inquiry: the lead is due back on 1 April 2026 only. Wait until then, or for its behaviour to qualify it again.", refusal);
    }

    [Fact]
    public void A_handed_over_lead_never_flaps_back_to_inquiry()
    {
        var leadId = scenario.HandedOverLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.System, leadId, FunnelStage.Inquiry));

        Assert.StartsWith("The system cannot move a lead from MQL to Inquiry: a lead that has been handed over does not go back to Inquiry", refusal);
    }

    [Fact]
    public void An_excluded_lead_is_never_handed_over()
    {
        scenario.System.Create(new Entity(ExclusionRuleSchema.EntityName) { [ExclusionRuleSchema.Name] = "Existing customer", [ExclusionRuleSchema.EmailDomains] = "contoso.com" });
        var leadId = scenario.NewLead("buyer@contoso.com");

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql));

        Assert.StartsWith("Marketing cannot move a lead from Excluded to MQL: an excluded lead is out of the process for good.", refusal);
    }

    [Fact]
    public void A_sales_user_cannot_exclude_a_lead_by_hand()
    {
        var leadId = scenario.HandedOverLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Excluded));

        Assert.StartsWith("Sales cannot move a lead from MQL to Excluded: only the system may make this move", refusal);
    }

    [Fact]
    public void Handing_over_without_any_agreement_is_refused_with_what_to_set()
    {
        var bare = new FunnelScenario(withDefaultAgreement: false);
        var leadId = bare.NewLead();

        var refusal = FunnelScenario.Refused(() => LeadJourney.Move(bare.Marketing, leadId, FunnelStage.Mql));

        Assert.Equal("The lead cannot be handed over: it names no SLA Agreement (lsla_slaagreementid) and no active agreement has Is Default (lsla_isdefault) set to Yes. Choose the lead's agreement, or ask an administrator to mark one agreement as the default.", refusal);
        Assert.Equal(FunnelStage.Inquiry, bare.StageOf(leadId));
    }

    [Fact]
    public void A_refused_move_writes_no_history()
    {
        var leadId = scenario.HandedOverLead();
        var before = scenario.History(leadId).Count;

        FunnelScenario.Refused(() => LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Sal));

        Assert.Equal(before, scenario.History(leadId).Count);
    }

}
