using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.ScoringConfiguration;

/// <summary>Scoring model and rule rows as an admin enters them: sound by default, changed one column at a time.</summary>
internal static class ConfigurationRows
{
    public static Entity Model(string name = "Standard", bool active = true) => new(ScoringModelSchema.EntityName)
    {
        [ScoringModelSchema.Name] = name,
        [ScoringModelSchema.IsActive] = active,
        [ScoringModelSchema.GradeAThreshold] = 60,
        [ScoringModelSchema.GradeBThreshold] = 40,
        [ScoringModelSchema.GradeCThreshold] = 20,
        [ScoringModelSchema.MqlThreshold] = 50,
        [ScoringModelSchema.DecayHalfLifeDays] = 30,
    };

    public static Entity FitRule(Guid modelId, string attribute, RuleOperator ruleOperator, string? value, int points = 10) => new(ScoringRuleSchema.EntityName)
    {
        [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId),
        [ScoringRuleSchema.Name] = $"{attribute} {ruleOperator} {value}",
        [ScoringRuleSchema.Category] = new OptionSetValue((int)RuleCategory.Fit),
        [ScoringRuleSchema.Attribute] = attribute,
        [ScoringRuleSchema.Operator] = new OptionSetValue((int)ruleOperator),
        [ScoringRuleSchema.Value] = value,
        [ScoringRuleSchema.Points] = points,
    };

    public static Entity BehaviourRule(Guid modelId, InteractionType? type, int points = 5) => new(ScoringRuleSchema.EntityName)
    {
        [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId),
        [ScoringRuleSchema.Name] = $"{type} +{points}",
        [ScoringRuleSchema.Category] = new OptionSetValue((int)RuleCategory.Behaviour),
        [ScoringRuleSchema.InteractionType] = type is InteractionType t ? new OptionSetValue((int)t) : null,
        [ScoringRuleSchema.Points] = points,
    };

    public static Entity With(this Entity row, string column, object? value)
    {
        row[column] = value;
        return row;
    }
}
