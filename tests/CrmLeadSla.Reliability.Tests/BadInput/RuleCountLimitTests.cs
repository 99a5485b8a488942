using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Plugins.Tests.ScoringConfiguration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Reliability.Tests.BadInput;

/// <summary>A scoring model holds at most <see cref="RuleValidation.MaxActiveRulesPerModel"/> active rules.</summary>
[Trait("Category", "Reliability")]
public class RuleCountLimitTests
{
    private readonly SolutionScenario scenario = new();
    private readonly Guid modelId;

    public RuleCountLimitTests()
    {
        modelId = new ScoringModelBuilder().CreateIn(scenario.Marketing).ModelId;
        for (var rule = 0; rule < RuleValidation.MaxActiveRulesPerModel; rule++)
        {
            scenario.Marketing.Create(ConfigurationRows.FitRule(modelId, "numberofemployees", RuleOperator.GreaterThan, $"{rule}", 1));
        }
    }

    [Fact]
    public void One_active_rule_more_than_a_model_may_hold_is_refused_naming_the_field_and_the_fix()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            scenario.Marketing.Create(ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.IsSet, null)));

        Assert.Contains(ScoringRuleSchema.IsActive, fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("Deactivate or delete a rule", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(RuleValidation.MaxActiveRulesPerModel, Rules().Count);
    }

    [Fact]
    public void An_inactive_rule_can_still_be_added_to_a_full_model()
    {
        scenario.Marketing.Create(ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.IsSet, null).With(ScoringRuleSchema.IsActive, false));

        Assert.Equal(RuleValidation.MaxActiveRulesPerModel + 1, Rules().Count);
    }

    [Fact]
    public void Reactivating_a_rule_in_a_full_model_is_refused_and_the_rule_stays_inactive()
    {
        var inactive = scenario.Marketing.Create(ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.IsSet, null).With(ScoringRuleSchema.IsActive, false));

        Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            scenario.Marketing.Update(new Entity(ScoringRuleSchema.EntityName, inactive) { [ScoringRuleSchema.IsActive] = true }));

        Assert.False(scenario.System.Retrieve(ScoringRuleSchema.EntityName, inactive, new ColumnSet(ScoringRuleSchema.IsActive)).GetAttributeValue<bool>(ScoringRuleSchema.IsActive));
    }

    [Fact]
    public void A_full_models_rules_can_still_change_their_points()
    {
        var rule = Rules()[0].Id;

        scenario.Marketing.Update(new Entity(ScoringRuleSchema.EntityName, rule) { [ScoringRuleSchema.Points] = 7 });

        Assert.Equal(7, scenario.System.Retrieve(ScoringRuleSchema.EntityName, rule, new ColumnSet(ScoringRuleSchema.Points)).GetAttributeValue<int>(ScoringRuleSchema.Points));
    }

    private List<Entity> Rules() => scenario.System.RetrieveMultiple(new QueryExpression(ScoringRuleSchema.EntityName) { ColumnSet = new ColumnSet(false) }).Entities.ToList();
}
