using System;
using System.Collections.Generic;
using System.Globalization;

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
                : new RuleProblem(
                    Schema.ScoringRuleSchema.IsActive,
                    $"The scoring model already has {Invariant(otherActiveRules)} active rules, the most one model may have ({Invariant(MaxActiveRulesPerModel)}). " +
                    $"Deactivate or delete a rule of the model first, or save this rule with Is Active ({Schema.ScoringRuleSchema.IsActive}) set to No.");

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
                problems.Add(new RuleProblem(
                    ScoringFields.GradeAThreshold,
                    $"Grade A needs more fit points than grade B: the A threshold {Invariant(thresholds.A)} is not above the B threshold {Invariant(thresholds.B)}. " +
                    $"Enter a number above {Invariant(thresholds.B)} in Grade A Threshold ({ScoringFields.GradeAThreshold})."));
            }

            if (thresholds.B <= thresholds.C)
            {
                problems.Add(new RuleProblem(
                    ScoringFields.GradeBThreshold,
                    $"Grade B needs more fit points than grade C: the B threshold {Invariant(thresholds.B)} is not above the C threshold {Invariant(thresholds.C)}. " +
                    $"Enter a number above {Invariant(thresholds.C)} in Grade B Threshold ({ScoringFields.GradeBThreshold})."));
            }

            if (model.DecayHalfLifeDays < 0)
            {
                problems.Add(new RuleProblem(
                    ScoringFields.DecayHalfLifeDays,
                    $"The half-life cannot be negative (it is {Invariant(model.DecayHalfLifeDays.Value)}). Enter the days after which behaviour points halve, " +
                    $"or 0 for no decay, in Decay Half-Life (Days) ({ScoringFields.DecayHalfLifeDays})."));
            }

            if (model.MqlThreshold < 0)
            {
                problems.Add(new RuleProblem(
                    ScoringFields.MqlThreshold,
                    $"The MQL threshold cannot be negative (it is {Invariant(model.MqlThreshold)}). Enter the behaviour points a lead needs, " +
                    $"such as 50, in MQL Threshold ({ScoringFields.MqlThreshold})."));
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
                problems.Add(new RuleProblem(ScoringFields.Name, $"The rule has no name, and the score explanation shows it. Enter a name in Name ({ScoringFields.Name})."));
            }

            return rule.Category == RuleCategory.Behaviour
                ? CheckBehaviour(rule, interactionColumns, problems)
                : CheckFit(rule, leadColumns, problems);
        }

        private static Condition? CheckFit(ScoringRule rule, ColumnCatalog leadColumns, ICollection<RuleProblem> problems)
        {
            if (rule.MaxPoints is not null)
            {
                problems.Add(new RuleProblem(
                    ScoringFields.MaxPoints,
                    $"A fit rule gives its points once, so it takes no cap. Clear Maximum Points ({ScoringFields.MaxPoints})."));
            }

            if (string.IsNullOrWhiteSpace(rule.Attribute))
            {
                problems.Add(new RuleProblem(
                    ScoringFields.Attribute,
                    $"A fit rule tests a lead column. Enter the column's logical name, such as jobtitle, in Attribute ({ScoringFields.Attribute})."));
                return null;
            }

            return CheckCondition(rule, rule.Attribute!, leadColumns, "The lead", "such as jobtitle", problems);
        }

        private static Condition? CheckBehaviour(ScoringRule rule, ColumnCatalog interactionColumns, ICollection<RuleProblem> problems)
        {
            if (rule.InteractionType is not InteractionType type)
            {
                problems.Add(new RuleProblem(
                    ScoringFields.InteractionType,
                    $"A behaviour rule counts one kind of interaction. Choose it in Interaction Type ({ScoringFields.InteractionType})."));
            }
            else if (!Enum.IsDefined(typeof(InteractionType), type))
            {
                problems.Add(new RuleProblem(
                    ScoringFields.InteractionType,
                    $"{Invariant((int)type)} is not an interaction type. Choose one in Interaction Type ({ScoringFields.InteractionType})."));
            }

            if (rule.MaxPoints < 0)
            {
                problems.Add(new RuleProblem(
                    ScoringFields.MaxPoints,
                    $"The cap cannot be negative (it is {Invariant(rule.MaxPoints.Value)}). Enter 0 or more in Maximum Points ({ScoringFields.MaxPoints}), " +
                    "or leave it empty for no cap."));
            }

            // Without an attribute the rule counts every interaction of its type; with one, the attribute filters.
            return string.IsNullOrWhiteSpace(rule.Attribute)
                ? null
                : CheckCondition(rule, rule.Attribute!, interactionColumns, "The interaction", "such as lsla_url, or leave it empty to count every interaction of the type", problems);
        }

        private static Condition? CheckCondition(
            ScoringRule rule, string attribute, ColumnCatalog columns, string table, string hint, ICollection<RuleProblem> problems)
        {
            var column = columns.Find(attribute);
            if (column is null)
            {
                problems.Add(new RuleProblem(
                    ScoringFields.Attribute,
                    $"{table} has no column '{attribute.Trim()}'. Enter the logical name of one of its columns, {hint}, in Attribute ({ScoringFields.Attribute})."));
            }

            if (rule.Operator is not RuleOperator ruleOperator)
            {
                problems.Add(new RuleProblem(
                    ScoringFields.Operator,
                    $"The rule has no operator. Choose how '{attribute.Trim()}' is compared in Operator ({ScoringFields.Operator})."));
                return null;
            }

            return column is null ? null : Condition.TryCompile(attribute, column, ruleOperator, rule.Value, rule.ValueTo, problems);
        }

        private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);
    }
}
