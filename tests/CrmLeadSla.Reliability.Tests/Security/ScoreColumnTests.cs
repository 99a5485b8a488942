using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Reliability.Tests.Security;

/// <summary>
/// Score columns written by a user are replaced by the computed score, while the solution's own score writes
/// (the interaction step, the rescoring job) keep working.
/// </summary>
[Trait("Category", "Reliability")]
public class ScoreColumnTests
{
    private readonly SolutionScenario scenario = new();
    private readonly ScoringModelIds model;
    private readonly Guid lead;

    public ScoreColumnTests()
    {
        model = new ScoringModelBuilder()
            .FitRule("Head of", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of", 50)
            .BehaviourRule("Visit", InteractionType.WebsiteVisit, points: 5)
            .CreateIn(scenario.Marketing);
        lead = new LeadBuilder().JobTitle("Head of Sales").CreateIn(scenario.Marketing);
        new InteractionBuilder(lead).Of(InteractionType.WebsiteVisit).CreateIn(scenario.Marketing);
        new InteractionBuilder(lead).Of(InteractionType.WebsiteVisit).CreateIn(scenario.Marketing);
    }

    [Fact]
    public void A_users_own_behaviour_score_is_replaced_by_the_points_of_the_interactions()
    {
        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.BehaviorScore] = 500 });

        Assert.Equal(10, Lead().GetAttributeValue<int?>(LeadSchema.BehaviorScore));
    }

    [Fact]
    public void A_users_own_grade_and_index_are_replaced_by_the_computed_ones()
    {
        var before = Lead();

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, lead)
        {
            [LeadSchema.Grade] = new OptionSetValue((int)Grade.D),
            [LeadSchema.LeadIndex] = "D0",
        });

        var after = Lead();
        Assert.Equal(before.GetAttributeValue<OptionSetValue>(LeadSchema.Grade), after.GetAttributeValue<OptionSetValue>(LeadSchema.Grade));
        Assert.Equal(before.GetAttributeValue<string>(LeadSchema.LeadIndex), after.GetAttributeValue<string>(LeadSchema.LeadIndex));
    }

    [Fact]
    public void An_explanation_written_by_a_user_never_becomes_the_base_of_the_behaviour_points()
    {
        var before = Lead().GetAttributeValue<string>(LeadSchema.ScoreExplanation);

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.ScoreExplanation] = string.Empty, [LeadSchema.BehaviorScore] = 0 });

        var after = Lead();
        Assert.Equal(10, after.GetAttributeValue<int?>(LeadSchema.BehaviorScore));
        Assert.Equal(before, after.GetAttributeValue<string>(LeadSchema.ScoreExplanation));
    }

    [Fact]
    public void A_new_lead_created_with_its_own_score_gets_the_computed_one()
    {
        var created = scenario.Marketing.Create(new LeadBuilder().JobTitle("Engineer").With(LeadSchema.FitScore, 999).Build());

        Assert.Equal(0, scenario.System.Retrieve(LeadSchema.EntityName, created, new ColumnSet(LeadSchema.FitScore)).GetAttributeValue<int?>(LeadSchema.FitScore));
    }

    [Fact]
    public void Recording_an_interaction_still_adds_its_points_to_the_lead()
    {
        new InteractionBuilder(lead).Of(InteractionType.WebsiteVisit).CreateIn(scenario.Marketing);

        Assert.Equal(15, Lead().GetAttributeValue<int?>(LeadSchema.BehaviorScore));
    }

    [Fact]
    public void A_rule_change_still_rescores_the_lead_through_the_rescoring_job()
    {
        scenario.Marketing.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule("Head of")) { [ScoringRuleSchema.Points] = 70 });

        scenario.Organization.RunPendingAsyncJobs();

        Assert.Equal(70, Lead().GetAttributeValue<int?>(LeadSchema.FitScore));
    }

    private Entity Lead() => scenario.System.Retrieve(
        LeadSchema.EntityName, lead, new ColumnSet(LeadSchema.FitScore, LeadSchema.BehaviorScore, LeadSchema.Grade, LeadSchema.LeadIndex, LeadSchema.ScoreExplanation));
}
