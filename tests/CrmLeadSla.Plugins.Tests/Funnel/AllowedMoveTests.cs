using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>Every move of the agreed table, made through the local Dataverse by whoever the table says makes it.</summary>
public class AllowedMoveTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void Marketing_hands_an_inquiry_over_as_an_mql()
    {
        var leadId = scenario.NewLead();

        LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql);

        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
    }

    [Fact]
    public void Scoring_hands_over_an_inquiry_whose_behaviour_reaches_the_threshold()
    {
        new ScoringModelBuilder().MqlAt(30).BehaviourRule("Webinar", InteractionType.WebinarAttendance, 30).CreateIn(scenario.System);
        var leadId = scenario.NewLead();

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
        Assert.Equal(scenario.SalesUserId, scenario.Lead(leadId).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void An_administrator_without_a_lead_sla_role_stands_in_for_marketing_to_hand_over()
    {
        var leadId = scenario.NewLead();

        LeadJourney.Move(scenario.Organization.ServiceFor(scenario.Organization.AdminUserId), leadId, FunnelStage.Mql);

        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
    }

    [Fact]
    public void Sales_accepts_a_handed_over_lead()
    {
        var leadId = scenario.HandedOverLead();

        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        Assert.Equal(FunnelStage.Sal, scenario.StageOf(leadId));
    }

    [Fact]
    public void Sales_rejecting_with_a_nurturing_reason_returns_the_lead_to_nurture_until_its_recycle_date()
    {
        var reasonId = new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).RecycleAfter(90).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);

        var lead = scenario.Lead(leadId);
        Assert.Equal(FunnelStage.Nurture, scenario.StageOf(leadId));
        Assert.Equal(FunnelScenario.Start.AddDays(90), lead.GetAttributeValue<DateTime>(LeadSchema.ReactivateOn));
    }

    [Fact]
    public void Choosing_a_rejection_reason_alone_moves_the_lead_where_the_reason_sends_it()
    {
        var reasonId = new RejectionReasonBuilder("Not a fit", RejectionOutcome.Disqualify).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.RejectionReasonId] = new EntityReference(RejectionReasonSchema.EntityName, reasonId) });

        Assert.Equal(FunnelStage.Disqualified, scenario.StageOf(leadId));
    }

    [Fact]
    public void A_reason_that_lowers_the_grade_lowers_it_by_one_letter_with_the_index()
    {
        var reasonId = new RejectionReasonBuilder("Too small", RejectionOutcome.Nurture).LowersGrade().CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();
        scenario.System.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.Grade] = new OptionSetValue((int)Grade.B), [LeadSchema.BehaviorScore] = 40 });

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);

        var lead = scenario.Lead(leadId);
        Assert.Equal((int)Grade.C, lead.GetAttributeValue<OptionSetValue>(LeadSchema.Grade).Value);
        Assert.Equal("C40", lead.GetAttributeValue<string>(LeadSchema.LeadIndex));
    }

    [Fact]
    public void Sales_rejecting_with_a_disqualifying_reason_disqualifies_the_lead()
    {
        var reasonId = new RejectionReasonBuilder("Not a fit", RejectionOutcome.Disqualify).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Disqualified, reasonId);

        Assert.Equal(FunnelStage.Disqualified, scenario.StageOf(leadId));
    }

    [Fact]
    public void Qualifying_an_accepted_lead_moves_it_to_sql()
    {
        var leadId = scenario.AcceptedLead();

        scenario.Journey.Qualify(leadId);

        Assert.Equal(FunnelStage.Sql, scenario.StageOf(leadId));
    }

    [Fact]
    public void Closing_an_accepted_lead_as_qualified_moves_it_to_sql()
    {
        var leadId = scenario.AcceptedLead();

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, leadId) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(3) });

        Assert.Equal(FunnelStage.Sql, scenario.StageOf(leadId));
    }

    [Fact]
    public void Sales_returns_an_accepted_lead_to_nurture_with_a_reason()
    {
        var reasonId = new RejectionReasonBuilder("Project postponed", RejectionOutcome.Nurture).CreateIn(scenario.System);
        var leadId = scenario.AcceptedLead();

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);

        Assert.Equal(FunnelStage.Nurture, scenario.StageOf(leadId));
    }

    [Fact]
    public void Winning_the_opportunity_wins_the_lead()
    {
        var leadId = scenario.AcceptedLead();
        var opportunityId = scenario.Journey.Qualify(leadId);

        scenario.CloseOpportunity(opportunityId, won: true);

        Assert.Equal(FunnelStage.Won, scenario.StageOf(leadId));
    }

    [Fact]
    public void Losing_the_opportunity_returns_the_lead_to_nurture()
    {
        var leadId = scenario.AcceptedLead();
        var opportunityId = scenario.Journey.Qualify(leadId);

        scenario.CloseOpportunity(opportunityId, won: false);

        Assert.Equal(FunnelStage.Nurture, scenario.StageOf(leadId));
    }

    [Fact]
    public void A_nurtured_lead_comes_back_as_an_inquiry_once_its_reactivation_date_is_reached()
    {
        var reasonId = new RejectionReasonBuilder("No budget this year", RejectionOutcome.Nurture).RecycleAfter(30).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();
        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(30));

        LeadJourney.Move(scenario.System, leadId, FunnelStage.Inquiry);

        Assert.Equal(FunnelStage.Inquiry, scenario.StageOf(leadId));
    }

    [Fact]
    public void A_nurtured_lead_whose_behaviour_qualifies_again_is_handed_over_again()
    {
        var reasonId = new RejectionReasonBuilder("Bad timing", RejectionOutcome.Nurture).CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();
        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId);
        new ScoringModelBuilder().MqlAt(30).BehaviourRule("Webinar", InteractionType.WebinarAttendance, 30).CreateIn(scenario.System);

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
    }

    [Fact]
    public void An_exclusion_rule_takes_a_competitor_out_of_the_process_with_its_reason()
    {
        scenario.System.Create(new Entity(ExclusionRuleSchema.EntityName) { [ExclusionRuleSchema.Name] = "Competitor", [ExclusionRuleSchema.EmailDomains] = "fabrikam.com, litware.com" });

        var leadId = scenario.NewLead("spy@eu.fabrikam.com");

        var lead = scenario.Lead(leadId);
        Assert.Equal(FunnelStage.Excluded, scenario.StageOf(leadId));
        Assert.True(lead.GetAttributeValue<bool>(LeadSchema.Excluded));
        Assert.Equal("Competitor (e-mail domain fabrikam.com)", lead.GetAttributeValue<string>(LeadSchema.ExclusionReason));
    }

    [Fact]
    public void A_changed_e_mail_address_that_matches_an_exclusion_rule_excludes_a_handed_over_lead()
    {
        scenario.System.Create(new Entity(ExclusionRuleSchema.EntityName) { [ExclusionRuleSchema.Name] = "Own staff", [ExclusionRuleSchema.EmailDomains] = "crmleadsla.example" });
        var leadId = scenario.HandedOverLead();

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, leadId) { ["emailaddress1"] = "colleague@crmleadsla.example" });

        Assert.Equal(FunnelStage.Excluded, scenario.StageOf(leadId));
    }
}
