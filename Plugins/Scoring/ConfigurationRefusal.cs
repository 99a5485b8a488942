using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Refuses a scoring rule or model that cannot score, before it is saved: every problem the domain
    /// finds, each naming the field and the fix, in one message an admin can work through.
    /// </summary>
    public static class ConfigurationRefusal
    {
        /// <summary>
        /// Throws when the rule as it will be saved has problems, or when it would become one active rule too many
        /// in its model (counted only when the save makes it an active rule of the model: a new active rule, a
        /// reactivation, a move to another model).
        /// </summary>
        public static void RefuseUnsoundRule(Entity rule, Entity? before, IOrganizationService service)
        {
            var problems = RuleValidation.ProblemsWith(ScoringConfigurationRows.RuleOf(rule), ScorableColumns.Lead, ScorableColumns.Interaction).ToList();
            if (JoinsActiveRules(rule, before) is Guid modelId
                && RuleValidation.ProblemWithRuleCount(OtherActiveRules(modelId, rule.Id, service)) is RuleProblem tooMany)
            {
                problems.Add(tooMany);
            }

            Refuse(TextKey.RuleCannotBeSaved, problems);
        }

        /// <summary>
        /// Throws when the model's settings have problems or when it would be a second active model: leads are
        /// scored by the one active model, so two would make the score depend on which one an event found first.
        /// </summary>
        public static void RefuseUnsoundModel(Entity model, IOrganizationService service)
        {
            var problems = RuleValidation.ProblemsWith(ScoringConfigurationRows.SettingsOf(model)).ToList();
            if (IsActive(model) && OtherActiveModel(model.Id, service) is string other)
            {
                problems.Add(RuleProblem.Of(ScoringFields.ModelIsActive, TextKey.SecondActiveModel, other, ScoringFields.ModelIsActive));
            }

            Refuse(TextKey.ModelCannotBeSaved, problems);
        }

        /// <summary>Whether the model row is (or will be) active; the column defaults to true.</summary>
        public static bool IsActive(Entity model) => model.GetAttributeValue<bool?>(ScoringModelSchema.IsActive) ?? true;

        private static Guid? JoinsActiveRules(Entity rule, Entity? before)
        {
            var modelId = rule.GetAttributeValue<EntityReference>(ScoringRuleSchema.ScoringModelId)?.Id;
            if (modelId == null || !(rule.GetAttributeValue<bool?>(ScoringRuleSchema.IsActive) ?? true))
            {
                return null;
            }

            var wasActiveThere = before != null
                && (before.GetAttributeValue<bool?>(ScoringRuleSchema.IsActive) ?? true)
                && before.GetAttributeValue<EntityReference>(ScoringRuleSchema.ScoringModelId)?.Id == modelId;
            return wasActiveThere ? null : modelId;
        }

        // Reads at most one more than the limit: enough to tell, whatever the model holds.
        private static int OtherActiveRules(Guid modelId, Guid ruleId, IOrganizationService service)
        {
            var query = new QueryExpression(ScoringRuleSchema.EntityName)
            {
                ColumnSet = new ColumnSet(false),
                TopCount = RuleValidation.MaxActiveRulesPerModel + 1,
            };
            query.Criteria.AddCondition(ScoringRuleSchema.ScoringModelId, ConditionOperator.Equal, modelId);
            query.Criteria.AddCondition(ScoringRuleSchema.IsActive, ConditionOperator.Equal, true);
            if (ruleId != Guid.Empty)
            {
                query.Criteria.AddCondition(ScoringRuleSchema.Id, ConditionOperator.NotEqual, ruleId);
            }

            return service.RetrieveMultiple(query).Entities.Count;
        }

        private static string? OtherActiveModel(Guid modelId, IOrganizationService service)
        {
            var query = new QueryExpression(ScoringModelSchema.EntityName)
            {
                ColumnSet = new ColumnSet(ScoringModelSchema.Name),
                TopCount = 1,
            };
            query.Criteria.AddCondition(ScoringModelSchema.IsActive, ConditionOperator.Equal, true);
            if (modelId != Guid.Empty)
            {
                query.Criteria.AddCondition(ScoringModelSchema.Id, ConditionOperator.NotEqual, modelId);
            }

            var other = service.RetrieveMultiple(query).Entities.FirstOrDefault();
            return other == null ? null : other.GetAttributeValue<string>(ScoringModelSchema.Name) ?? other.Id.ToString();
        }

        // Worded in the saving admin's language by the plug-in's entry.
        private static void Refuse(TextKey cannotBeSaved, IReadOnlyCollection<RuleProblem> problems)
        {
            if (problems.Count > 0)
            {
                throw new UserMessageException(Text.Of(cannotBeSaved, Text.Lines(problems.Select(problem => problem.Message))));
            }
        }
    }
}
