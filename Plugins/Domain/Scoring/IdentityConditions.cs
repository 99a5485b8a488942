using System;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>Tests of yes/no and lookup columns: equal or not to one value.</summary>
    internal static class IdentityConditions
    {
        internal static Func<ColumnValue?, bool>? Compile(RuleOperator ruleOperator, ColumnKind kind, string? value, Operands operands)
        {
            ColumnValue? expected = kind == ColumnKind.Boolean
                ? operands.YesOrNo(value) is bool flag ? ColumnValue.Boolean(flag) : null
                : operands.RecordId(value) is Guid id ? ColumnValue.Lookup(id) : null;
            if (expected is null)
            {
                return null;
            }

            var equal = ruleOperator == RuleOperator.Equals;
            return candidate => candidate is not null && candidate.Equals(expected) == equal;
        }
    }
}
