using System.ServiceModel;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>Hand-over on MQL: who takes the lead, the deadlines in business hours, the clocks.</summary>
public class HandOverTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void A_handed_over_lead_goes_to_the_agreements_sales_owner()
    {
        var leadId = scenario.HandedOverLead();

        Assert.Equal(scenario.SalesUserId, scenario.Lead(leadId).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void A_hand_over_is_stamped_with_its_time_and_deadlines_in_business_hours()
    {
        var leadId = scenario.HandedOverLead();

        var lead = scenario.Lead(leadId);
        Assert.Equal(FunnelScenario.Start, lead.GetAttributeValue<DateTime>(LeadSchema.HandedOverOn));
        Assert.Equal(FunnelScenario.Start.AddHours(8), lead.GetAttributeValue<DateTime>(LeadSchema.AcceptDueOn));
        Assert.Equal(FunnelScenario.Start.AddDays(1).AddHours(8), lead.GetAttributeValue<DateTime>(LeadSchema.FirstContactDueOn));
    }

    [Fact]
    public void A_lead_handed_over_on_friday_afternoon_falls_due_on_monday()
    {
        scenario.Organization.Clock.Set(new DateTime(2026, 3, 6, 14, 0, 0, DateTimeKind.Utc));

        var leadId = scenario.HandedOverLead();

        Assert.Equal(new DateTime(2026, 3, 9, 14, 0, 0, DateTimeKind.Utc), scenario.Lead(leadId).GetAttributeValue<DateTime>(LeadSchema.AcceptDueOn));
    }

    [Fact]
    public void A_lead_without_an_agreement_is_handed_over_under_the_default_one()
    {
        var leadId = scenario.HandedOverLead();

        Assert.Equal(scenario.AgreementId, scenario.Lead(leadId).GetAttributeValue<EntityReference>(LeadSchema.SlaAgreementId).Id);
    }

    [Fact]
    public void A_lead_that_names_its_agreement_is_handed_over_under_it()
    {
        var campaign = new AgreementBuilder("Trade fair").SalesOwner(scenario.OtherSalesUserId).AcceptWithin(4).CreateIn(scenario.System);
        var leadId = scenario.NewLead();
        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, campaign) });

        LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql);

        var lead = scenario.Lead(leadId);
        Assert.Equal(scenario.OtherSalesUserId, lead.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(FunnelScenario.Start.AddHours(4), lead.GetAttributeValue<DateTime>(LeadSchema.AcceptDueOn));
    }

    [Fact]
    public void The_sales_team_takes_turns_and_a_disabled_member_is_skipped()
    {
        var third = scenario.Installed.CreateUser("Sid Sales", LeadSlaRoles.Sales);
        var team = scenario.Organization.CreateTeam("Inside sales", null, scenario.SalesUserId, scenario.OtherSalesUserId, third);
        scenario.Organization.DisableUser(third);
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId) { [SlaAgreementSchema.SalesOwnerId] = null, [SlaAgreementSchema.SalesTeamId] = new EntityReference("team", team) });

        var owners = Enumerable.Range(0, 4).Select(_ =>
        {
            scenario.Organization.Clock.Advance(TimeSpan.FromMinutes(1));
            return scenario.Lead(scenario.HandedOverLead()).GetAttributeValue<EntityReference>("ownerid").Id;
        }).ToList();

        Assert.Equal(2, owners.Distinct().Count());
        Assert.DoesNotContain(third, owners);
        Assert.NotEqual(owners[0], owners[1]);
        Assert.Equal(owners[0], owners[2]);
        Assert.Equal(owners[1], owners[3]);
    }

    [Fact]
    public void The_agreement_names_the_team_member_who_took_its_last_hand_over_and_the_next_goes_to_the_member_after()
    {
        var team = scenario.Organization.CreateTeam("Inside sales", null, scenario.SalesUserId, scenario.OtherSalesUserId);
        var members = new[] { scenario.SalesUserId, scenario.OtherSalesUserId }.Order().ToArray();
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId)
        {
            [SlaAgreementSchema.SalesOwnerId] = null,
            [SlaAgreementSchema.SalesTeamId] = new EntityReference("team", team),
            [SlaAgreementSchema.LastAssigneeId] = new EntityReference("systemuser", members[0]),
        });

        var leadId = scenario.HandedOverLead();

        Assert.Equal(members[1], scenario.Lead(leadId).GetAttributeValue<EntityReference>("ownerid").Id);
        var agreement = scenario.System.Retrieve(SlaAgreementSchema.EntityName, scenario.AgreementId, new Microsoft.Xrm.Sdk.Query.ColumnSet(SlaAgreementSchema.LastAssigneeId));
        Assert.Equal(members[1], agreement.GetAttributeValue<EntityReference>(SlaAgreementSchema.LastAssigneeId).Id);
    }

    [Fact]
    public void A_hand_over_to_a_sales_team_without_an_enabled_member_leaves_the_lead_with_its_owner()
    {
        var team = scenario.Organization.CreateTeam("Empty team");
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId) { [SlaAgreementSchema.SalesOwnerId] = null, [SlaAgreementSchema.SalesTeamId] = new EntityReference("team", team) });
        var leadId = scenario.NewLead();

        LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql);

        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
        Assert.Equal(scenario.MarketingUserId, scenario.Lead(leadId).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Scorings_hand_over_under_an_agreement_without_sales_owner_or_team_keeps_the_leads_owner()
    {
        scenario.System.Update(new Entity(SlaAgreementSchema.EntityName, scenario.AgreementId) { [SlaAgreementSchema.SalesOwnerId] = null });
        new ScoringModelBuilder().MqlAt(30).BehaviourRule("Webinar", InteractionType.WebinarAttendance, 30).CreateIn(scenario.System);
        var leadId = scenario.NewLead();

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        Assert.Equal(FunnelStage.Mql, scenario.StageOf(leadId));
        Assert.Equal(scenario.MarketingUserId, scenario.Lead(leadId).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void A_hand_over_opens_the_accept_and_first_contact_clocks_on_track()
    {
        var leadId = scenario.HandedOverLead();

        Assert.Equal(
            new Dictionary<SlaKind, SlaClockState> { [SlaKind.Accept] = SlaClockState.Open, [SlaKind.FirstContact] = SlaClockState.Open },
            scenario.Clocks(leadId));
        Assert.Equal((int)SlaStatus.OnTrack, scenario.Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus).Value);
    }
}
