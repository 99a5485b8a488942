using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>Tests of number and money columns: comparisons, inclusive ranges and lists.</summary>
    internal static class NumberConditions
    {
        internal static Func<ColumnValue?, bool>? Compile(
            RuleOperator ruleOperator, string? value, string? valueTo, Operands operands, ICollection<RuleProblem> problems)
        {
            switch (ruleOperator)
            {
                case RuleOperator.Between:
                    return Between(value, valueTo, operands, problems);
                case RuleOperator.InList:
                case RuleOperator.NotInList:
                {
                    var entries = operands.Numbers(value);
                    var wanted = ruleOperator == RuleOperator.InList;
                    return entries is null ? null : OnNumber(number => entries.Contains(number) == wanted);
                }
            }

            if (operands.Number(value) is not decimal operand)
            {
                return null;
            }

            return ruleOperator switch
            {
                RuleOperator.Equals => OnNumber(number => number == operand),
                RuleOperator.DoesNotEqual => OnNumber(number => number != operand),
                RuleOperator.GreaterThan => OnNumber(number => number > operand),
                RuleOperator.GreaterThanOrEqual => OnNumber(number => number >= operand),
                RuleOperator.LessThan => OnNumber(number => number < operand),
                _ => OnNumber(number => number <= operand),
            };
        }

        private static Func<ColumnValue?, bool>? Between(string? value, string? valueTo, Operands operands, ICollection<RuleProblem> problems)
        {
            var lower = operands.LowerBound(value);
            var upper = operands.UpperBound(valueTo);
            if (lower is not decimal from || upper is not decimal to)
            {
                return null;
            }

            if (from > to)
            {
                problems.Add(RuleProblem.Of(ScoringFields.ValueTo, TextKey.LowerAboveUpper, from, to, ScoringFields.Value, ScoringFields.ValueTo));
                return null;
            }

            return OnNumber(number => number >= from && number <= to);
        }

        private static Func<ColumnValue?, bool> OnNumber(Func<decimal, bool> test) =>
            candidate => candidate is NumberValue value && test(value.Value);
    }
}
