using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

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

        /// <summary>The operator's label in the option set lsla_operator.</summary>
        public static string LabelOf(RuleOperator ruleOperator) => ruleOperator switch
        {
            RuleOperator.Equals => "Equals",
            RuleOperator.DoesNotEqual => "Does not equal",
            RuleOperator.Contains => "Contains",
            RuleOperator.DoesNotContain => "Does not contain",
            RuleOperator.BeginsWith => "Begins with",
            RuleOperator.EndsWith => "Ends with",
            RuleOperator.InList => "In list",
            RuleOperator.NotInList => "Not in list",
            RuleOperator.ContainsAnyKeyword => "Contains any keyword",
            RuleOperator.GreaterThan => "Greater than",
            RuleOperator.GreaterThanOrEqual => "Greater than or equal",
            RuleOperator.LessThan => "Less than",
            RuleOperator.LessThanOrEqual => "Less than or equal",
            RuleOperator.Between => "Between",
            RuleOperator.IsSet => "Is set",
            RuleOperator.IsNotSet => "Is not set",
            RuleOperator.EmailDomainInList => "E-mail domain in list",
            RuleOperator.EmailDomainNotInList => "E-mail domain not in list",
            _ => ((int)ruleOperator).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        /// <summary>How users call a kind of column.</summary>
        public static string LabelOf(ColumnKind kind) => kind switch
        {
            ColumnKind.Text => "text",
            ColumnKind.Number => "number",
            ColumnKind.OptionSet => "choice",
            ColumnKind.MultiOptionSet => "multi-select choice",
            ColumnKind.Boolean => "yes/no",
            ColumnKind.Lookup => "lookup",
            _ => "date and time",
        };

        private static IReadOnlyList<RuleOperator> Of(params RuleOperator[] operators) => new ReadOnlyCollection<RuleOperator>(operators);
    }
}
