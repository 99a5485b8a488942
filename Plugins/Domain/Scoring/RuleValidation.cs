using System;
using System.Collections.Generic;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// What keeps a rule or a model from being saved. The configuration plug-in shows every problem at
    /// once, so an admin fixes a rule in one go rather than one error per save.
    /// </summary>
    public static class RuleValidation
    {
        /// <summary>
        /// Most active rules one model may have. Every lead save evaluates them all within the platform's
        /// two-minute plug-in limit, and an admin can still review the model's rules on one screen at this size.
        /// </summary>
        public const int MaxActiveRulesPerModel = 200;

        /// <summary>
        /// The problem of saving one more active rule in a model that has <paramref name="otherActiveRules"/>
        /// active rules besides it, or null when the model has room.
        /// </summary>
        public static RuleProblem? ProblemWithRuleCount(int otherActiveRules) =>
            otherActiveRules < MaxActiveRulesPerModel
                ? null
                : RuleProblem.Of(ScoringFields.RuleIsActive, TextKey.TooManyActiveRules, otherActiveRules, MaxActiveRulesPerModel, ScoringFields.RuleIsActive);

        /// <summary>Every problem of the rule, each naming its field and the fix; empty when the rule is sound.</summary>
        public static IReadOnlyList<RuleProblem> ProblemsWith(ScoringRule rule, ColumnCatalog leadColumns, ColumnCatalog interactionColumns)
        {
            var problems = new List<RuleProblem>();
            Check(rule, leadColumns, interactionColumns, problems);
            return problems;
        }

        /// <summary>Every problem of the model's settings; empty when they are sound.</summary>
        public static IReadOnlyList<RuleProblem> ProblemsWith(ModelSettings model)
        {
            var problems = new List<RuleProblem>();
            var thresholds = model.Thresholds;
            if (thresholds.A <= thresholds.B)
            {
                problems.Add(RuleProblem.Of(ScoringFields.GradeAThreshold, TextKey.GradeANotAboveB, thresholds.A, thresholds.B, ScoringFields.GradeAThreshold));
            }

            if (thresholds.B <= thresholds.C)
            {
                problems.Add(RuleProblem.Of(ScoringFields.GradeBThreshold, TextKey.GradeBNotAboveC, thresholds.B, thresholds.C, ScoringFields.GradeBThreshold));
            }

            if (model.DecayHalfLifeDays < 0)
            {
                problems.Add(RuleProblem.Of(ScoringFields.DecayHalfLifeDays, TextKey.NegativeHalfLife, model.DecayHalfLifeDays.Value, ScoringFields.DecayHalfLifeDays));
            }

            if (model.MqlThreshold < 0)
            {
                problems.Add(RuleProblem.Of(ScoringFields.MqlThreshold, TextKey.NegativeMqlThreshold, model.MqlThreshold, ScoringFields.MqlThreshold));
            }

            return problems;
        }

        /// <summary>
        /// Checks the rule and compiles its condition in one pass (the same reading serves the check and the
        /// scoring): the fit rule's test, the behaviour rule's filter (null when it has none), or null with problems.
        /// </summary>
        internal static Condition? Check(ScoringRule rule, ColumnCatalog leadColumns, ColumnCatalog interactionColumns, ICollection<RuleProblem> problems)
        {
            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                problems.Add(RuleProblem.Of(ScoringFields.Name, TextKey.RuleWithoutName, ScoringFields.Name));
            }

            return rule.Category == RuleCategory.Behaviour
                ? CheckBehaviour(rule, interactionColumns, problems)
                : CheckFit(rule, leadColumns, problems);
        }

        private static Condition? CheckFit(ScoringRule rule, ColumnCatalog leadColumns, ICollection<RuleProblem> problems)
        {
            if (rule.MaxPoints is not null)
            {
                problems.Add(RuleProblem.Of(ScoringFields.MaxPoints, TextKey.FitRuleTakesNoCap, ScoringFields.MaxPoints));
            }

            if (string.IsNullOrWhiteSpace(rule.Attribute))
            {
                problems.Add(RuleProblem.Of(ScoringFields.Attribute, TextKey.FitRuleWithoutAttribute, ScoringFields.Attribute));
                return null;
            }

            return CheckCondition(rule, rule.Attribute!, leadColumns, TextKey.LeadHasNoColumn, problems);
        }

        private static Condition? CheckBehaviour(ScoringRule rule, ColumnCatalog interactionColumns, ICollection<RuleProblem> problems)
        {
            if (rule.InteractionType is not InteractionType type)
            {
                problems.Add(RuleProblem.Of(ScoringFields.InteractionType, TextKey.BehaviourRuleWithoutType, ScoringFields.InteractionType));
            }
            else if (!Enum.IsDefined(typeof(InteractionType), type))
            {
                problems.Add(RuleProblem.Of(ScoringFields.InteractionType, TextKey.NotAnInteractionType, (int)type, ScoringFields.InteractionType));
            }

            if (rule.MaxPoints < 0)
            {
                problems.Add(RuleProblem.Of(ScoringFields.MaxPoints, TextKey.NegativeCap, rule.MaxPoints.Value, ScoringFields.MaxPoints));
            }

            // Without an attribute the rule counts every interaction of its type; with one, the attribute filters.
            return string.IsNullOrWhiteSpace(rule.Attribute)
                ? null
                : CheckCondition(rule, rule.Attribute!, interactionColumns, TextKey.InteractionHasNoColumn, problems);
        }

        private static Condition? CheckCondition(
            ScoringRule rule, string attribute, ColumnCatalog columns, TextKey noSuchColumn, ICollection<RuleProblem> problems)
        {
            var column = columns.Find(attribute);
            if (column is null)
            {
                problems.Add(RuleProblem.Of(ScoringFields.Attribute, noSuchColumn, attribute.Trim(), ScoringFields.Attribute));
            }

            if (rule.Operator is not RuleOperator ruleOperator)
            {
                problems.Add(RuleProblem.Of(ScoringFields.Operator, TextKey.RuleWithoutOperator, attribute.Trim(), ScoringFields.Operator));
                return null;
            }

            return column is null ? null : Condition.TryCompile(attribute, column, ruleOperator, rule.Value, rule.ValueTo, problems);
        }
    }
}
