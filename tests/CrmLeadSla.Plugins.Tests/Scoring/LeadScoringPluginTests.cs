using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Tests.Scoring;

/// <summary>The lead step: scores written into Target at pre-operation, from Target merged with the stored row.</summary>
public class LeadScoringPluginTests
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public void A_head_of_development_outranks_a_head_of_purchasing()
    {
        new ScoringModelBuilder()
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development;vp engineering", 40)
            .FitRule("Purchasing", "jobtitle", RuleOperator.ContainsAnyKeyword, "purchasing;procurement", 10)
            .CreateIn(scenario.System);

        var developer = new LeadBuilder().JobTitle("Head of Development EMEA").CreateIn(scenario.Marketing);
        var buyer = new LeadBuilder().JobTitle("Head of Purchasing").CreateIn(scenario.Marketing);

        Assert.Equal(40, ScoredLeads.Read(scenario.Marketing, developer).FitScore());
        Assert.Equal(10, ScoredLeads.Read(scenario.Marketing, buyer).FitScore());
    }

    [Fact]
    public void The_explanation_on_the_lead_names_every_rule_that_counted_with_its_points()
    {
        new ScoringModelBuilder()
            .Thresholds(a: 60, b: 40, c: 20)
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 40)
            .FitRule("Company size 200–1000", "numberofemployees", RuleOperator.Between, "200", 25, valueTo: "1000")
            .CreateIn(scenario.System);

        var leadId = new LeadBuilder().JobTitle("Head of Development").With("numberofemployees", 500).CreateIn(scenario.Marketing);

        var explanation = ScoredLeads.Read(scenario.Sales, leadId).Explanation();
        Assert.StartsWith("Fit 65 → A: Head of development +40; Company size 200–1000 +25\n", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_saved_without_an_active_model_is_left_unscored()
    {
        new ScoringModelBuilder().Inactive().FitRule("Job title set", "jobtitle", RuleOperator.IsSet, null, 40).CreateIn(scenario.System);

        var leadId = new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);

        var lead = ScoredLeads.Read(scenario.Marketing, leadId);
        Assert.Null(lead.FitScore());
        Assert.Null(lead.Index());
        Assert.Contains(
            scenario.Organization.Traces.Entries.Where(trace => trace.PluginTypeName.EndsWith(nameof(LeadScoringPlugin), StringComparison.Ordinal)),
            trace => trace.Lines.Any(line => line.StartsWith("No active scoring model", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_update_scores_the_changed_column_together_with_the_stored_ones()
    {
        new ScoringModelBuilder()
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 40)
            .FitRule("Company size 200–1000", "numberofemployees", RuleOperator.Between, "200", 25, valueTo: "1000")
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().With("numberofemployees", 500).CreateIn(scenario.Marketing);

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "Head of Development" });

        Assert.Equal(65, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Fact]
    public void The_lead_records_the_model_that_scored_it()
    {
        var model = new ScoringModelBuilder().FitRule("Job title set", "jobtitle", RuleOperator.IsSet, null, 5).CreateIn(scenario.System);

        var leadId = new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);

        Assert.Equal(model.ModelId, ScoredLeads.Read(scenario.Marketing, leadId).GetAttributeValue<EntityReference>(LeadSchema.ScoringModelId).Id);
    }

    [Fact]
    public void Saving_the_lead_brings_its_behaviour_points_to_the_time_of_the_save()
    {
        new ScoringModelBuilder()
            .HalfLife(days: 30)
            .FitRule("Job title set", "jobtitle", RuleOperator.IsSet, null, 5)
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 40)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(30));

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "CTO" });

        var lead = ScoredLeads.Read(scenario.Marketing, leadId);
        Assert.Equal(20, lead.BehaviourScore());
        Assert.Equal(SolutionScenario.Start.AddDays(30), lead.GetAttributeValue<DateTime>(LeadSchema.ScoredOn));
    }

    [Fact]
    public void A_better_fit_moves_an_engaged_inquiry_to_mql_and_the_funnel_records_the_move()
    {
        new ScoringModelBuilder()
            .Thresholds(a: 60, b: 40, c: 20)
            .MqlAt(50, minGrade: Grade.B)
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 60)
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 50)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().JobTitle("Developer").CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        Assert.Equal(FunnelStage.Inquiry, ScoredLeads.Read(scenario.Marketing, leadId).Stage());
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(2));

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "Head of Development" });

        Assert.Equal(FunnelStage.Mql, ScoredLeads.Read(scenario.Marketing, leadId).Stage());
        Assert.Equal(SolutionScenario.Start.AddHours(2), scenario.Marketing.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(LeadSchema.StageChangedOn)).GetAttributeValue<DateTime>(LeadSchema.StageChangedOn));
        var move = ScoredLeads.History(scenario.Marketing, leadId).Last();
        Assert.Equal((int)FunnelStage.Inquiry, move.GetAttributeValue<OptionSetValue>(StageTransitionSchema.FromStage).Value);
        Assert.Equal((int)FunnelStage.Mql, move.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage).Value);
    }

    [Fact]
    public void A_lead_further_down_the_funnel_is_never_moved_back_to_mql()
    {
        new ScoringModelBuilder()
            .MqlAt(0)
            .FitRule("Job title set", "jobtitle", RuleOperator.IsSet, null, 5)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        scenario.Sales.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Sal) });

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "CTO" });

        Assert.Equal(FunnelStage.Sal, ScoredLeads.Read(scenario.Marketing, leadId).Stage());
    }

    [Fact]
    public void A_damaged_behaviour_state_does_not_stop_the_save_and_behaviour_starts_again_from_zero()
    {
        // Damaged while no model was active: with one active, a written state is replaced by the computed one.
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        scenario.System.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.BehaviorState] = "lsla-behaviour 1 yesterday\nnot a rule" });
        new ScoringModelBuilder().FitRule("Job title set", "jobtitle", RuleOperator.IsSet, null, 5).CreateIn(scenario.System);

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "CTO" });

        var lead = ScoredLeads.Read(scenario.Marketing, leadId);
        Assert.Equal("D0", lead.Index());
        Assert.Contains(scenario.Organization.Traces.Entries.Last(trace => trace.PluginTypeName.EndsWith(nameof(LeadScoringPlugin), StringComparison.Ordinal)).Lines,
            line => line.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_whose_explanation_still_holds_the_behaviour_state_keeps_its_points_and_the_next_score_moves_the_state_out()
    {
        var model = new ScoringModelBuilder().BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30).Inactive().CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        // As scoring wrote it before the state had its own column (no model active, so nothing replaces it).
        scenario.System.Update(new Entity(LeadSchema.EntityName, leadId)
        {
            [LeadSchema.ScoreExplanation] = "Fit 0 → D: no rule matched\nBehaviour 30: Webinar attendance 30.0\n" +
                $"lsla-behaviour 1 {SolutionScenario.Start:o}\n{model.Rule("Webinar attendance"):N} 30",
        });
        scenario.System.Update(new Entity(ScoringModelSchema.EntityName, model.ModelId) { [ScoringModelSchema.IsActive] = true });

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        var lead = ScoredLeads.Read(scenario.Marketing, leadId);
        Assert.Equal(60, lead.BehaviourScore());
        Assert.Equal("Fit 0 → D: no rule matched\nBehaviour 60: Webinar attendance 60.0", lead.Explanation());
        Assert.StartsWith("lsla-behaviour 1 ", lead.State(), StringComparison.Ordinal);
    }
}
