using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Reads the scoring configuration rows (lsla_scoringmodel, lsla_scoringrule) into the domain's
    /// settings and rules, and names the columns to retrieve for that — nothing more.
    /// </summary>
    public static class ScoringConfigurationRows
    {
        /// <summary>The model columns the settings and the cache check need.</summary>
        public static ColumnSet ModelColumns => new ColumnSet(
            ScoringModelSchema.Name,
            ScoringModelSchema.Version,
            ScoringModelSchema.GradeAThreshold,
            ScoringModelSchema.GradeBThreshold,
            ScoringModelSchema.GradeCThreshold,
            ScoringModelSchema.MqlThreshold,
            ScoringModelSchema.MqlMinGrade,
            ScoringModelSchema.DecayHalfLifeDays,
            ScoringModelSchema.LanguageCode);

        /// <summary>The rule columns a compiled rule needs.</summary>
        public static ColumnSet RuleColumns => new ColumnSet(
            ScoringRuleSchema.Name,
            ScoringRuleSchema.Category,
            ScoringRuleSchema.Attribute,
            ScoringRuleSchema.Operator,
            ScoringRuleSchema.Value,
            ScoringRuleSchema.ValueTo,
            ScoringRuleSchema.InteractionType,
            ScoringRuleSchema.Points,
            ScoringRuleSchema.MaxPoints,
            ScoringRuleSchema.Group,
            ScoringRuleSchema.GroupLogic,
            ScoringRuleSchema.IsActive);

        /// <summary>The model's version; an empty version reads as 0.</summary>
        public static int VersionOf(Entity model) => model.GetAttributeValue<int?>(ScoringModelSchema.Version) ?? 0;

        /// <summary>The model's settings as the domain reads them; empty thresholds read as 0, an empty language as English.</summary>
        public static ModelSettings SettingsOf(Entity model) =>
            new ModelSettings(
                new GradeThresholds(
                    model.GetAttributeValue<int?>(ScoringModelSchema.GradeAThreshold) ?? 0,
                    model.GetAttributeValue<int?>(ScoringModelSchema.GradeBThreshold) ?? 0,
                    model.GetAttributeValue<int?>(ScoringModelSchema.GradeCThreshold) ?? 0),
                model.GetAttributeValue<int?>(ScoringModelSchema.MqlThreshold) ?? 0)
            {
                MqlMinimumGrade = (Grade?)model.GetAttributeValue<OptionSetValue>(ScoringModelSchema.MqlMinGrade)?.Value,
                DecayHalfLifeDays = model.GetAttributeValue<int?>(ScoringModelSchema.DecayHalfLifeDays),
                Language = Language.Of(model.GetAttributeValue<int?>(ScoringModelSchema.LanguageCode)),
            };

        /// <summary>A rule row as the domain reads it.</summary>
        public static ScoringRule RuleOf(Entity rule) =>
            new ScoringRule(
                rule.Id,
                rule.GetAttributeValue<string>(ScoringRuleSchema.Name) ?? string.Empty,
                (RuleCategory)(rule.GetAttributeValue<OptionSetValue>(ScoringRuleSchema.Category)?.Value ?? (int)RuleCategory.Fit),
                rule.GetAttributeValue<int?>(ScoringRuleSchema.Points) ?? 0)
            {
                Attribute = rule.GetAttributeValue<string>(ScoringRuleSchema.Attribute),
                Operator = (RuleOperator?)rule.GetAttributeValue<OptionSetValue>(ScoringRuleSchema.Operator)?.Value,
                Value = rule.GetAttributeValue<string>(ScoringRuleSchema.Value),
                ValueTo = rule.GetAttributeValue<string>(ScoringRuleSchema.ValueTo),
                InteractionType = (InteractionType?)rule.GetAttributeValue<OptionSetValue>(ScoringRuleSchema.InteractionType)?.Value,
                MaxPoints = rule.GetAttributeValue<int?>(ScoringRuleSchema.MaxPoints),
                Group = rule.GetAttributeValue<string>(ScoringRuleSchema.Group),
                GroupLogic = (GroupLogic)(rule.GetAttributeValue<OptionSetValue>(ScoringRuleSchema.GroupLogic)?.Value ?? (int)GroupLogic.All),
                IsActive = rule.GetAttributeValue<bool?>(ScoringRuleSchema.IsActive) ?? true,
            };
    }
}
