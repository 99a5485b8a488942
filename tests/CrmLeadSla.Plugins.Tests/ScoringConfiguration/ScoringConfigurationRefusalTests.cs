using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Tests.ScoringConfiguration;

public class ScoringConfigurationRefusalTests
{
    private readonly SolutionScenario scenario = new();
    private readonly Guid modelId;

    public ScoringConfigurationRefusalTests()
    {
        modelId = scenario.Marketing.Create(ConfigurationRows.Model());
    }

    [Fact]
    public void A_fit_rule_on_a_column_the_lead_does_not_have_is_refused_and_not_saved()
    {
        var fault = RefusedRule(ConfigurationRows.FitRule(modelId, "shoesize", RuleOperator.Equals, "42"));

        Assert.Contains("has no column 'shoesize'", fault);
        Assert.Contains(ScoringRuleSchema.Attribute, fault);
        Assert.Empty(Rules());
    }

    [Fact]
    public void An_operator_that_does_not_fit_the_column_is_refused()
    {
        var fault = RefusedRule(ConfigurationRows.FitRule(modelId, "numberofemployees", RuleOperator.ContainsAnyKeyword, "cto"));

        Assert.Contains(ScoringRuleSchema.Operator, fault);
        Assert.Empty(Rules());
    }

    [Fact]
    public void A_non_number_where_a_number_is_needed_is_refused()
    {
        var fault = RefusedRule(ConfigurationRows.FitRule(modelId, "numberofemployees", RuleOperator.GreaterThan, "ten"));

        Assert.Contains("Value 'ten' is not a number", fault);
        Assert.Contains(ScoringRuleSchema.Value, fault);
        Assert.Empty(Rules());
    }

    [Fact]
    public void Between_with_its_bounds_in_the_wrong_order_is_refused()
    {
        var fault = RefusedRule(ConfigurationRows.FitRule(modelId, "numberofemployees", RuleOperator.Between, "1000")
            .With(ScoringRuleSchema.ValueTo, "200"));

        Assert.Contains(ScoringRuleSchema.ValueTo, fault);
        Assert.Empty(Rules());
    }

    [Fact]
    public void An_empty_list_is_refused()
    {
        var fault = RefusedRule(ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.InList, " ; "));

        Assert.Contains("is empty", fault);
        Assert.Contains(ScoringRuleSchema.Value, fault);
        Assert.Empty(Rules());
    }

    [Fact]
    public void An_option_value_the_option_set_does_not_have_is_refused()
    {
        var fault = RefusedRule(ConfigurationRows.FitRule(modelId, "budgetstatus", RuleOperator.Equals, "99"));

        Assert.Contains("Option value 99 is not an option of 'budgetstatus'", fault);
        Assert.Empty(Rules());
    }

    [Fact]
    public void A_behaviour_rule_without_an_interaction_type_is_refused()
    {
        var fault = RefusedRule(ConfigurationRows.BehaviourRule(modelId, type: null));

        Assert.Contains(ScoringRuleSchema.InteractionType, fault);
        Assert.Empty(Rules());
    }

    [Fact]
    public void A_negative_cap_is_refused()
    {
        var fault = RefusedRule(ConfigurationRows.BehaviourRule(modelId, InteractionType.WebsiteVisit).With(ScoringRuleSchema.MaxPoints, -5));

        Assert.Contains("cap cannot be negative", fault);
        Assert.Contains(ScoringRuleSchema.MaxPoints, fault);
        Assert.Empty(Rules());
    }

    [Fact]
    public void Every_problem_of_a_rule_is_listed_in_one_message()
    {
        var fault = RefusedRule(ConfigurationRows.FitRule(modelId, "shoesize", RuleOperator.Equals, "42").With(ScoringRuleSchema.Name, null));

        Assert.Contains(ScoringRuleSchema.Name, fault);
        Assert.Contains(ScoringRuleSchema.Attribute, fault);
    }

    [Fact]
    public void A_refused_rule_change_keeps_the_stored_values()
    {
        var ruleId = scenario.Marketing.Create(ConfigurationRows.FitRule(modelId, "numberofemployees", RuleOperator.GreaterThan, "200"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Marketing.Update(
            new Entity(ScoringRuleSchema.EntityName, ruleId) { [ScoringRuleSchema.Value] = "many" }));

        Assert.Contains("Value 'many' is not a number", fault.Detail.Message);
        Assert.Equal("200", scenario.Marketing.Retrieve(ScoringRuleSchema.EntityName, ruleId, new ColumnSet(ScoringRuleSchema.Value)).GetAttributeValue<string>(ScoringRuleSchema.Value));
    }

    [Fact]
    public void Thresholds_out_of_order_are_refused_and_the_model_keeps_its_thresholds()
    {
        var fault = RefusedModelChange(new Entity(ScoringModelSchema.EntityName, modelId) { [ScoringModelSchema.GradeBThreshold] = 80 });

        Assert.Contains(ScoringModelSchema.GradeAThreshold, fault);
        Assert.Equal(40, StoredModel().GetAttributeValue<int>(ScoringModelSchema.GradeBThreshold));
    }

    [Fact]
    public void A_negative_half_life_is_refused()
    {
        var fault = RefusedModelChange(new Entity(ScoringModelSchema.EntityName, modelId) { [ScoringModelSchema.DecayHalfLifeDays] = -7 });

        Assert.Contains("half-life cannot be negative", fault);
        Assert.Contains(ScoringModelSchema.DecayHalfLifeDays, fault);
        Assert.Equal(30, StoredModel().GetAttributeValue<int>(ScoringModelSchema.DecayHalfLifeDays));
    }

    [Fact]
    public void A_second_active_model_is_refused_naming_the_active_one()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Marketing.Create(ConfigurationRows.Model("Trade fairs")));

        Assert.Contains("Deactivate model 'Standard' first", fault.Detail.Message);
        Assert.Contains(ScoringModelSchema.IsActive, fault.Detail.Message);
        Assert.Single(scenario.Marketing.RetrieveMultiple(new QueryExpression(ScoringModelSchema.EntityName)).Entities);
    }

    [Fact]
    public void Activating_a_second_model_is_refused()
    {
        var otherId = scenario.Marketing.Create(ConfigurationRows.Model("Trade fairs", active: false));

        var fault = RefusedModelChange(new Entity(ScoringModelSchema.EntityName, otherId) { [ScoringModelSchema.IsActive] = true });

        Assert.Contains("Deactivate model 'Standard' first", fault);
    }

    private string RefusedRule(Entity rule) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Marketing.Create(rule)).Detail.Message;

    private string RefusedModelChange(Entity change) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Marketing.Update(change)).Detail.Message;

    private Entity StoredModel() =>
        scenario.Marketing.Retrieve(ScoringModelSchema.EntityName, modelId, new ColumnSet(true));

    private IReadOnlyList<Entity> Rules() =>
        scenario.Marketing.RetrieveMultiple(new QueryExpression(ScoringRuleSchema.EntityName) { ColumnSet = new ColumnSet(true) }).Entities.ToList();
}
