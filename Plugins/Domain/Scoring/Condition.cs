using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// A rule's test of one column, compiled once from the rule's operator and value for the column's kind.
    /// A column that is not set matches only "Is not set" — like null in a Dataverse query, it neither
    /// equals nor differs from anything.
    /// </summary>
    public sealed class Condition
    {
        private readonly Func<ColumnValue?, bool> test;

        private Condition(string column, Func<ColumnValue?, bool> test)
        {
            Column = column;
            this.test = test;
        }

        /// <summary>The logical name of the column the condition reads.</summary>
        public string Column { get; }

        /// <summary>Compiles a condition, or throws <see cref="ArgumentException"/> listing what is wrong with it.</summary>
        public static Condition Compile(string column, ColumnDefinition definition, RuleOperator ruleOperator, string? value, string? valueTo = null)
        {
            var problems = new List<RuleProblem>();
            return TryCompile(column, definition, ruleOperator, value, valueTo, problems)
                ?? throw new ArgumentException(RuleProblem.InEnglish(problems), nameof(value));
        }

        /// <summary>Whether the record's column passes the test.</summary>
        public bool Matches(ColumnValues record) => test(record.ValueOf(Column));

        /// <summary>Whether the value of <see cref="Column"/>, already read from the record (null when not set), passes the test.</summary>
        internal bool Holds(ColumnValue? value) => test(value);

        /// <summary>Compiles a condition, or adds to <paramref name="problems"/> every reason it cannot be compiled.</summary>
        internal static Condition? TryCompile(
            string column, ColumnDefinition definition, RuleOperator ruleOperator, string? value, string? valueTo, ICollection<RuleProblem> problems)
        {
            var name = column.Trim();
            if (!ColumnOperators.Fits(ruleOperator, definition.Kind))
            {
                var fitting = Text.Of(TextKey.OneOfOperators, Text.Either(ColumnOperators.For(definition.Kind).Select(ColumnOperators.LabelOf)));
                problems.Add(RuleProblem.Of(
                    ScoringFields.Operator, TextKey.OperatorDoesNotFit,
                    ColumnOperators.LabelOf(ruleOperator), name, ColumnOperators.LabelOf(definition.Kind), fitting, ScoringFields.Operator));
                return null;
            }

            var operands = new Operands(problems);
            var test = ruleOperator switch
            {
                RuleOperator.IsSet => candidate => candidate is not null,
                RuleOperator.IsNotSet => candidate => candidate is null,
                _ => definition.Kind switch
                {
                    ColumnKind.Text => TextConditions.Compile(ruleOperator, value, operands),
                    ColumnKind.Number => NumberConditions.Compile(ruleOperator, value, valueTo, operands, problems),
                    ColumnKind.OptionSet => OptionConditions.CompileSingle(ruleOperator, value, definition, name, operands),
                    ColumnKind.MultiOptionSet => OptionConditions.CompileMultiple(ruleOperator, value, definition, name, operands),
                    _ => IdentityConditions.Compile(ruleOperator, definition.Kind, value, operands),
                },
            };
            return test is null ? null : new Condition(name, test);
        }
    }
}
