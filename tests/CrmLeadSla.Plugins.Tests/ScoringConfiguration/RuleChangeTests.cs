using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Plugins.Tests.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Tests.ScoringConfiguration;

public class RuleChangeTests
{
    private const string LeadScoringStepName = "Scoring: rescore a lead whose rule columns changed";
    private static readonly Guid LeadScoringStepId = new("81ce60e4-9d55-4975-90ec-ea617d32221c");

    private readonly SolutionScenario scenario = new();
    private readonly ScoringModelIds model;

    public RuleChangeTests()
    {
        model = new ScoringModelBuilder()
            .FitRule("Chief technology officer", "jobtitle", RuleOperator.ContainsAnyKeyword, "CTO", 40)
            .BehaviourRule("Webinar", InteractionType.WebinarAttendance, 10)
            .CreateIn(scenario.Marketing);
    }

    [Fact]
    public void The_next_lead_update_after_a_rule_change_scores_with_the_new_points()
    {
        var leadId = new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);

        ChangePoints("Chief technology officer", 25);
        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "CTO / Founder" });

        Assert.Equal(25, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Fact]
    public void The_next_interaction_after_a_rule_change_earns_the_new_points()
    {
        var leadId = new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);

        ChangePoints("Webinar", 15);
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        Assert.Equal(15, ScoredLeads.Read(scenario.Marketing, leadId).BehaviourScore());
    }

    [Fact]
    public void The_lead_step_filters_on_exactly_the_columns_the_active_fit_rules_read()
    {
        scenario.Marketing.Create(FitRuleRow("Large company", "numberofemployees", RuleOperator.GreaterThanOrEqual, "1000", 20));

        Assert.Equal("jobtitle,numberofemployees", LeadStepFilter());
    }

    [Fact]
    public void A_fit_rule_on_a_new_column_makes_an_update_of_that_column_rescore_the_lead()
    {
        var leadId = new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);
        scenario.Marketing.Create(FitRuleRow("Large company", "numberofemployees", RuleOperator.GreaterThanOrEqual, "1000", 20));

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["numberofemployees"] = 5000 });

        Assert.Equal(60, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Fact]
    public void After_its_rule_is_deleted_an_update_of_the_column_no_longer_runs_the_lead_step()
    {
        var leadId = new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);
        var ruleId = scenario.Marketing.Create(FitRuleRow("Large company", "numberofemployees", RuleOperator.GreaterThanOrEqual, "1000", 20));
        scenario.Marketing.Delete(ScoringRuleSchema.EntityName, ruleId);
        scenario.Organization.Traces.Clear();

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["numberofemployees"] = 5000 });

        Assert.DoesNotContain(scenario.Organization.Traces.Entries, trace => trace.StepName == LeadScoringStepName);
        Assert.Equal("jobtitle", LeadStepFilter());
    }

    [Fact]
    public void A_rule_change_that_reads_the_same_columns_leaves_the_step_row_alone()
    {
        using var requests = scenario.Organization.Requests.Measure();

        ChangePoints("Chief technology officer", 30);

        Assert.Equal(0, requests.CountOf("Update", "sdkmessageprocessingstep"));
    }

    [Fact]
    public void Activating_another_model_makes_the_lead_step_filter_on_its_columns()
    {
        var other = new ScoringModelBuilder().Named("Trade fairs").Inactive()
            .FitRule("Large company", "numberofemployees", RuleOperator.GreaterThanOrEqual, "1000", 20)
            .CreateIn(scenario.Marketing);

        scenario.Marketing.Update(new Entity(ScoringModelSchema.EntityName, model.ModelId) { [ScoringModelSchema.IsActive] = false });
        scenario.Marketing.Update(new Entity(ScoringModelSchema.EntityName, other.ModelId) { [ScoringModelSchema.IsActive] = true });

        Assert.Equal("numberofemployees", LeadStepFilter());
    }

    private void ChangePoints(string rule, int points) =>
        scenario.Marketing.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule(rule)) { [ScoringRuleSchema.Points] = points });

    private Entity FitRuleRow(string name, string attribute, RuleOperator ruleOperator, string value, int points) =>
        ConfigurationRows.FitRule(model.ModelId, attribute, ruleOperator, value, points).With(ScoringRuleSchema.Name, name);

    // The score columns are always in the filter (a user's own score is recomputed): the rule columns are the rest.
    private string LeadStepFilter() =>
        string.Join(",", scenario.System.Retrieve("sdkmessageprocessingstep", LeadScoringStepId, new ColumnSet("filteringattributes"))
            .GetAttributeValue<string>("filteringattributes").Split(',').Except(LeadScoreColumns.Names));
}
