using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>One lsla_stagetransition per move, in the same transaction as the move.</summary>
public class StageHistoryTests
{
    private readonly FunnelScenario scenario = new();

    [Fact]
    public void A_rejection_is_recorded_with_its_reason_comment_actor_and_index()
    {
        var reasonId = new RejectionReasonBuilder("Other", RejectionOutcome.Nurture).RequiresComment().CreateIn(scenario.System);
        var leadId = scenario.HandedOverLead();
        scenario.System.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.LeadIndex] = "B35" });
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));

        LeadJourney.Reject(scenario.Sales, leadId, FunnelStage.Nurture, reasonId, "They use a competitor until 2027.");

        var row = scenario.History(leadId).Last();
        Assert.Equal((int)FunnelStage.Mql, row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.FromStage).Value);
        Assert.Equal((int)FunnelStage.Nurture, row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage).Value);
        Assert.Equal(FunnelScenario.Start.AddHours(1), row.GetAttributeValue<DateTime>(StageTransitionSchema.ChangedOn));
        Assert.Equal(scenario.SalesUserId, row.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy).Id);
        Assert.Equal(reasonId, row.GetAttributeValue<EntityReference>(StageTransitionSchema.RejectionReasonId).Id);
        Assert.Equal("They use a competitor until 2027.", row.GetAttributeValue<string>(StageTransitionSchema.Comment));
        Assert.Equal("B35", row.GetAttributeValue<string>(StageTransitionSchema.LeadIndex));
    }

    [Fact]
    public void An_acceptance_carries_no_reason_even_when_the_lead_still_names_an_old_one()
    {
        var leadId = scenario.HandedOverLead();

        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        Assert.False(scenario.History(leadId).Last().Contains(StageTransitionSchema.RejectionReasonId));
    }

    [Fact]
    public void A_new_lead_that_scoring_qualifies_at_once_records_its_entry_and_its_hand_over()
    {
        new ScoringModelBuilder().MqlAt(0).FitRule("Has a job title", "jobtitle", RuleOperator.IsSet, null, 5).CreateIn(scenario.System);

        var leadId = new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);

        Assert.Equal(["→Inquiry", "Inquiry→Mql"], scenario.Moves(leadId));
        Assert.Equal(scenario.SalesUserId, scenario.Lead(leadId).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Scorings_hand_over_in_a_marketers_save_is_the_systems_move_triggered_by_the_marketer()
    {
        new ScoringModelBuilder().MqlAt(0).FitRule("Has a job title", "jobtitle", RuleOperator.IsSet, null, 5).CreateIn(scenario.System);

        var leadId = new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);

        var (entry, handOver) = (scenario.History(leadId)[0], scenario.History(leadId)[1]);
        Assert.Equal((scenario.MarketingUserId, (Guid?)null), (ChangedBy(entry), TriggeredBy(entry)));
        Assert.Equal((scenario.Organization.SystemUserId, (Guid?)scenario.MarketingUserId), (ChangedBy(handOver), TriggeredBy(handOver)));
    }

    [Fact]
    public void Scorings_hand_over_on_a_recorded_interaction_is_the_systems_move_triggered_by_the_marketer()
    {
        new ScoringModelBuilder().MqlAt(30).BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30).CreateIn(scenario.System);
        var leadId = scenario.NewLead();

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        var handOver = scenario.History(leadId).Last();
        Assert.Equal((scenario.Organization.SystemUserId, (Guid?)scenario.MarketingUserId), (ChangedBy(handOver), TriggeredBy(handOver)));
    }

    [Fact]
    public void A_users_own_move_names_no_one_who_triggered_it()
    {
        var leadId = scenario.HandedOverLead();

        LeadJourney.Move(scenario.Sales, leadId, FunnelStage.Sal);

        var accept = scenario.History(leadId).Last();
        Assert.Equal((scenario.SalesUserId, (Guid?)null), (ChangedBy(accept), TriggeredBy(accept)));
    }

    [Fact]
    public void When_the_history_cannot_be_written_the_stage_change_is_rolled_back_too()
    {
        var leadId = scenario.NewLead();
        scenario.Organization.Steps.Add(new StepRegistrations([new StepRegistration
        {
            Id = Guid.NewGuid(),
            Name = "History store unavailable",
            PluginTypeName = typeof(UnavailableHistoryStore).FullName!,
            Message = "Create",
            PrimaryEntity = StageTransitionSchema.EntityName,
            Stage = PipelineStage.PreOperation,
        }]));

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => LeadJourney.Move(scenario.Marketing, leadId, FunnelStage.Mql));

        var lead = scenario.Lead(leadId);
        Assert.Equal(FunnelStage.Inquiry, scenario.StageOf(leadId));
        Assert.False(lead.Contains(LeadSchema.HandedOverOn));
        Assert.Equal(scenario.MarketingUserId, lead.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Empty(scenario.ClockRows(leadId));
        Assert.Single(scenario.History(leadId));
    }

    private static Guid ChangedBy(Entity row) => row.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy).Id;

    private static Guid? TriggeredBy(Entity row) => row.GetAttributeValue<EntityReference>(StageTransitionSchema.TriggeredBy)?.Id;
}

/// <summary>A plug-in that makes every write of a stage history row fail.</summary>
public sealed class UnavailableHistoryStore : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException("The stage history cannot be written right now.");
}
