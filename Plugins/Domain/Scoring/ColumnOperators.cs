using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>Which operators fit which kind of column, and the names users know them by.</summary>
    public static class ColumnOperators
    {
        // Read-only: the table is shared by every compiled model and must never change.
        private static readonly IReadOnlyDictionary<ColumnKind, IReadOnlyList<RuleOperator>> ByKind =
            new ReadOnlyDictionary<ColumnKind, IReadOnlyList<RuleOperator>>(new Dictionary<ColumnKind, IReadOnlyList<RuleOperator>>
            {
                [ColumnKind.Text] = Of(
                    RuleOperator.Equals, RuleOperator.DoesNotEqual, RuleOperator.Contains, RuleOperator.DoesNotContain,
                    RuleOperator.BeginsWith, RuleOperator.EndsWith, RuleOperator.InList, RuleOperator.NotInList,
                    RuleOperator.ContainsAnyKeyword, RuleOperator.EmailDomainInList, RuleOperator.EmailDomainNotInList,
                    RuleOperator.IsSet, RuleOperator.IsNotSet),
                [ColumnKind.Number] = Of(
                    RuleOperator.Equals, RuleOperator.DoesNotEqual, RuleOperator.GreaterThan, RuleOperator.GreaterThanOrEqual,
                    RuleOperator.LessThan, RuleOperator.LessThanOrEqual, RuleOperator.Between, RuleOperator.InList,
                    RuleOperator.NotInList, RuleOperator.IsSet, RuleOperator.IsNotSet),
                [ColumnKind.OptionSet] = Of(
                    RuleOperator.Equals, RuleOperator.DoesNotEqual, RuleOperator.InList, RuleOperator.NotInList,
                    RuleOperator.IsSet, RuleOperator.IsNotSet),
                [ColumnKind.MultiOptionSet] = Of(
                    RuleOperator.Contains, RuleOperator.InList, RuleOperator.NotInList, RuleOperator.IsSet, RuleOperator.IsNotSet),
                [ColumnKind.Boolean] = Of(RuleOperator.Equals, RuleOperator.DoesNotEqual, RuleOperator.IsSet, RuleOperator.IsNotSet),
                [ColumnKind.Lookup] = Of(RuleOperator.Equals, RuleOperator.DoesNotEqual, RuleOperator.IsSet, RuleOperator.IsNotSet),
                [ColumnKind.DateTime] = Of(RuleOperator.IsSet, RuleOperator.IsNotSet),
            });

        /// <summary>Whether the operator can test a column of the kind.</summary>
        public static bool Fits(RuleOperator ruleOperator, ColumnKind kind) => ByKind[kind].Contains(ruleOperator);

        /// <summary>The operators that can test a column of the kind, in the order the option set lists them.</summary>
        public static IReadOnlyList<RuleOperator> For(ColumnKind kind) => ByKind[kind];

        /// <summary>The operator by its label among the rule's operators, in the reader's language.</summary>
        public static Text LabelOf(RuleOperator ruleOperator) => ruleOperator switch
        {
            RuleOperator.Equals => Text.Of(TextKey.OperatorEquals),
            RuleOperator.DoesNotEqual => Text.Of(TextKey.OperatorDoesNotEqual),
            RuleOperator.Contains => Text.Of(TextKey.OperatorContains),
            RuleOperator.DoesNotContain => Text.Of(TextKey.OperatorDoesNotContain),
            RuleOperator.BeginsWith => Text.Of(TextKey.OperatorBeginsWith),
            RuleOperator.EndsWith => Text.Of(TextKey.OperatorEndsWith),
            RuleOperator.InList => Text.Of(TextKey.OperatorInList),
            RuleOperator.NotInList => Text.Of(TextKey.OperatorNotInList),
            RuleOperator.ContainsAnyKeyword => Text.Of(TextKey.OperatorContainsAnyKeyword),
            RuleOperator.GreaterThan => Text.Of(TextKey.OperatorGreaterThan),
            RuleOperator.GreaterThanOrEqual => Text.Of(TextKey.OperatorGreaterThanOrEqual),
            RuleOperator.LessThan => Text.Of(TextKey.OperatorLessThan),
            RuleOperator.LessThanOrEqual => Text.Of(TextKey.OperatorLessThanOrEqual),
            RuleOperator.Between => Text.Of(TextKey.OperatorBetween),
            RuleOperator.IsSet => Text.Of(TextKey.OperatorIsSet),
            RuleOperator.IsNotSet => Text.Of(TextKey.OperatorIsNotSet),
            RuleOperator.EmailDomainInList => Text.Of(TextKey.OperatorEmailDomainInList),
            RuleOperator.EmailDomainNotInList => Text.Of(TextKey.OperatorEmailDomainNotInList),
            _ => Text.Of(TextKey.UnknownOption, (int)ruleOperator),
        };

        /// <summary>The kind of column as a message names it ("a text column").</summary>
        public static Text LabelOf(ColumnKind kind) => Text.Of(kind switch
        {
            ColumnKind.Text => TextKey.KindText,
            ColumnKind.Number => TextKey.KindNumber,
            ColumnKind.OptionSet => TextKey.KindChoice,
            ColumnKind.MultiOptionSet => TextKey.KindChoices,
            ColumnKind.Boolean => TextKey.KindYesNo,
            ColumnKind.Lookup => TextKey.KindLookup,
            _ => TextKey.KindDateTime,
        });

        private static IReadOnlyList<RuleOperator> Of(params RuleOperator[] operators) => new ReadOnlyCollection<RuleOperator>(operators);
    }
}
