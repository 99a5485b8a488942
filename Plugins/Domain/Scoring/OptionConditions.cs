using System;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>Tests of choice and multi-select choice columns by option value.</summary>
    internal static class OptionConditions
    {
        internal static Func<ColumnValue?, bool>? CompileSingle(
            RuleOperator ruleOperator, string? value, ColumnDefinition column, string columnName, Operands operands)
        {
            if (ruleOperator is RuleOperator.InList or RuleOperator.NotInList)
            {
                var entries = operands.Options(value, column, columnName);
                var wanted = ruleOperator == RuleOperator.InList;
                return entries is null ? null : candidate => candidate is OptionValue option && entries.Contains(option.Value) == wanted;
            }

            if (operands.Option(value, column, columnName) is not int expected)
            {
                return null;
            }

            var equal = ruleOperator == RuleOperator.Equals;
            return candidate => candidate is OptionValue option && (option.Value == expected) == equal;
        }

        internal static Func<ColumnValue?, bool>? CompileMultiple(
            RuleOperator ruleOperator, string? value, ColumnDefinition column, string columnName, Operands operands)
        {
            var entries = operands.Options(value, column, columnName);
            if (entries is null)
            {
                return null;
            }

            return ruleOperator switch
            {
                RuleOperator.Contains => candidate => candidate is OptionsValue options && entries.All(options.Values.Contains),
                RuleOperator.InList => candidate => candidate is OptionsValue options && entries.Any(options.Values.Contains),
                _ => candidate => candidate is OptionsValue options && !entries.Any(options.Values.Contains),
            };
        }
    }
}
