using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmLeadSla.Plugins.Tests.Funnel.FunnelScenario;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>
/// The behaviour history of a handed-over lead is frozen for the people the agreement measures: marketing cannot
/// delete or change the interactions that scored a lead it handed over; an administrator's correction is recorded.
/// </summary>
public class BehaviourHistoryTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void Marketing_cannot_delete_an_interaction_of_a_lead_it_handed_over()
    {
        var (lead, interaction) = HandedOverWithInteraction();

        var message = Refused(() => scenario.Marketing.Delete(InteractionSchema.EntityName, interaction));

        Assert.Equal("Marketing cannot delete an interaction of a lead that has been handed over: the behaviour that scored the lead is kept as it was from the hand-over on. " +
            "Leave it as it is; an administrator can correct it, and the correction is recorded in the lead's history.", message);
        Assert.Single(Interactions(lead));
    }

    [Fact]
    public void Marketing_cannot_change_when_an_interaction_of_a_handed_over_lead_happened()
    {
        var (lead, interaction) = HandedOverWithInteraction();

        var message = Refused(() => scenario.Marketing.Update(new Entity(InteractionSchema.EntityName, interaction) { [InteractionSchema.OccurredOn] = Start.AddDays(-90) }));

        Assert.StartsWith("Marketing cannot change an interaction of a lead that has been handed over", message, StringComparison.Ordinal);
        Assert.Equal(Start, Assert.Single(Interactions(lead)).GetAttributeValue<DateTime>(InteractionSchema.OccurredOn));
    }

    [Fact]
    public void A_german_marketer_is_refused_in_german()
    {
        var greta = scenario.Installed.CreateUser("Greta Groß", LeadSlaRoles.Marketing, TeamMembers.German);
        var marketing = scenario.Organization.ServiceFor(greta);
        var lead = marketing.Create(new Entity(LeadSchema.EntityName) { ["lastname"] = "Berger", ["emailaddress1"] = "dana.berger@contoso.com" });
        var interaction = marketing.Create(Interaction(lead));
        LeadJourney.Move(marketing, lead, FunnelStage.Mql);

        var message = Refused(() => marketing.Delete(InteractionSchema.EntityName, interaction));

        Assert.StartsWith("Das Marketing kann eine Interaktion eines bereits übergebenen Leads nicht löschen", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Marketing_changes_and_deletes_the_interactions_of_a_lead_it_has_not_handed_over()
    {
        var lead = scenario.NewLead();
        var interaction = scenario.Marketing.Create(Interaction(lead));

        scenario.Marketing.Update(new Entity(InteractionSchema.EntityName, interaction) { [InteractionSchema.Url] = "https://contoso.com/pricing" });
        scenario.Marketing.Delete(InteractionSchema.EntityName, interaction);

        Assert.Empty(Interactions(lead));
    }

    [Fact]
    public void Marketing_still_records_new_interactions_of_a_handed_over_lead()
    {
        var (lead, _) = HandedOverWithInteraction();

        scenario.Marketing.Create(Interaction(lead));

        Assert.Equal(2, Interactions(lead).Count);
    }

    [Fact]
    public void An_administrators_deletion_of_an_interaction_of_a_handed_over_lead_is_recorded_in_its_history()
    {
        var (lead, interaction) = HandedOverWithInteraction();
        var admin = scenario.Organization.ServiceFor(scenario.Organization.AdminUserId);

        admin.Delete(InteractionSchema.EntityName, interaction);

        Assert.Empty(Interactions(lead));
        var correction = Assert.Single(scenario.History(lead), row => row.GetAttributeValue<string>(StageTransitionSchema.Name) == "Correction: MQL");
        Assert.StartsWith("Interaction 'Visited the pricing page' deleted", correction.GetAttributeValue<string>(StageTransitionSchema.Comment), StringComparison.Ordinal);
        Assert.Equal(scenario.Organization.AdminUserId, correction.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy).Id);
    }

    [Fact]
    public void An_administrators_change_of_an_interaction_of_a_handed_over_lead_is_recorded_with_old_and_new_value()
    {
        var (lead, interaction) = HandedOverWithInteraction();
        var admin = scenario.Organization.ServiceFor(scenario.Organization.AdminUserId);

        admin.Update(new Entity(InteractionSchema.EntityName, interaction) { [InteractionSchema.Url] = "https://contoso.com/careers" });

        var correction = Assert.Single(scenario.History(lead), row => row.GetAttributeValue<string>(StageTransitionSchema.Name) == "Correction: MQL");
        Assert.Equal("Interaction 'Visited the pricing page' changed: lsla_url: https://contoso.com/pricing → https://contoso.com/careers",
            correction.GetAttributeValue<string>(StageTransitionSchema.Comment));
    }

    private (Guid Lead, Guid Interaction) HandedOverWithInteraction()
    {
        var lead = scenario.NewLead();
        var interaction = scenario.Marketing.Create(Interaction(lead));
        LeadJourney.Move(scenario.Marketing, lead, FunnelStage.Mql);
        return (lead, interaction);
    }

    private static Entity Interaction(Guid lead) => new(InteractionSchema.EntityName)
    {
        [InteractionSchema.Subject] = "Visited the pricing page",
        [InteractionSchema.InteractionType] = new OptionSetValue((int)InteractionType.WebsiteVisit),
        [InteractionSchema.OccurredOn] = Start,
        [InteractionSchema.Url] = "https://contoso.com/pricing",
        [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, lead),
    };

    private List<Entity> Interactions(Guid lead)
    {
        var query = new QueryExpression(InteractionSchema.EntityName) { ColumnSet = new ColumnSet(InteractionSchema.OccurredOn) };
        query.Criteria.AddCondition(InteractionSchema.RegardingObjectId, ConditionOperator.Equal, lead);
        return [.. scenario.System.RetrieveMultiple(query).Entities];
    }
}
