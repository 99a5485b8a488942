using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// Reads a rule's value and value-to (text columns of the rule) as the operands its column needs,
    /// and reports each entry that cannot be read with the field and the fix.
    /// </summary>
    internal sealed class Operands
    {
        private readonly ICollection<RuleProblem> problems;

        internal Operands(ICollection<RuleProblem> problems) => this.problems = problems;

        internal string? Text(string? value)
        {
            var text = TextMatching.Normalize(value ?? string.Empty);
            if (text.Length == 0)
            {
                Report(ScoringFields.Value, TextKey.NothingToCompare, ScoringFields.Value);
                return null;
            }

            return text;
        }

        /// <summary>The entries of a ';'-separated list, normalised, without empty entries.</summary>
        internal IReadOnlyList<string>? List(string? value, string example)
        {
            var items = (value ?? string.Empty).Split(';').Select(TextMatching.Normalize).Where(item => item.Length > 0).ToArray();
            if (items.Length == 0)
            {
                Report(ScoringFields.Value, TextKey.EmptyList, ScoringFields.Value, example);
                return null;
            }

            return items;
        }

        /// <summary>
        /// The entries of a ';'-separated list of text, folded and without their surrounding punctuation, as whole values
        /// and keywords are compared (see <see cref="TextMatching"/>); empty entries left out.
        /// </summary>
        internal IReadOnlyList<string>? TextEntries(string? value, string example)
        {
            var items = (value ?? string.Empty).Split(';').Select(item => TextMatching.Bare(TextMatching.Normalize(item))).Where(item => item.Length > 0).ToArray();
            if (items.Length == 0)
            {
                Report(ScoringFields.Value, TextKey.EmptyList, ScoringFields.Value, example);
                return null;
            }

            return items;
        }

        internal decimal? Number(string? value) =>
            Number(value, ScoringFields.Value, TextKey.NoNumber, "250000");

        internal decimal? LowerBound(string? value) =>
            Number(value, ScoringFields.Value, TextKey.NoLowerBound, "200");

        internal decimal? UpperBound(string? value) =>
            Number(value, ScoringFields.ValueTo, TextKey.NoUpperBound, "1000");

        internal IReadOnlyList<decimal>? Numbers(string? value) => Each(List(value, "10;50;100"), Number);

        internal int? Option(string? value, ColumnDefinition column, string columnName)
        {
            var text = (value ?? string.Empty).Trim();
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var option))
            {
                if (text.Length == 0)
                {
                    Report(ScoringFields.Value, TextKey.NoOption, ExampleOption(column), ScoringFields.Value);
                }
                else
                {
                    Report(ScoringFields.Value, TextKey.NotAnOptionValue, text, ExampleOption(column), ScoringFields.Value);
                }

                return null;
            }

            if (column.OptionValues.Count > 0 && !column.OptionValues.Contains(option))
            {
                var allowed = string.Join(", ", column.OptionValues.OrderBy(allowedValue => allowedValue).Take(12).Select(Invariant));
                Report(ScoringFields.Value, TextKey.NotAnOptionOf, Invariant(option), columnName, allowed, ScoringFields.Value);
                return null;
            }

            return option;
        }

        internal IReadOnlyList<int>? Options(string? value, ColumnDefinition column, string columnName) =>
            Each(List(value, $"{ExampleOption(column)};{ExampleOption(column)}"), item => Option(item, column, columnName));

        internal bool? YesOrNo(string? value)
        {
            var text = (value ?? string.Empty).Trim().ToUpperInvariant();
            switch (text)
            {
                case "TRUE": case "YES": case "1":
                    return true;
                case "FALSE": case "NO": case "0":
                    return false;
                default:
                    Report(ScoringFields.Value, TextKey.NotYesOrNo, value?.Trim(), ScoringFields.Value);
                    return null;
            }
        }

        internal Guid? RecordId(string? value)
        {
            var text = (value ?? string.Empty).Trim();
            if (!Guid.TryParse(text, out var id))
            {
                Report(ScoringFields.Value, TextKey.NotARecordId, text, ScoringFields.Value);
                return null;
            }

            return id;
        }

        private decimal? Number(string? value, Field field, TextKey whenMissing, string example)
        {
            var text = (value ?? string.Empty).Trim();
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            if (text.Length == 0)
            {
                Report(field, whenMissing, field);
            }
            else
            {
                Report(field, TextKey.NotANumber, Languages.Text.Of(field.Label), text, example, field);
            }

            return null;
        }

        private static IReadOnlyList<T>? Each<T>(IReadOnlyList<string>? items, Func<string, T?> read)
            where T : struct
        {
            if (items is null)
            {
                return null;
            }

            var values = items.Select(read).ToArray();
            return values.All(item => item.HasValue) ? values.Select(item => item!.Value).ToArray() : null;
        }

        private static string ExampleOption(ColumnDefinition column) =>
            Invariant(column.OptionValues.Count > 0 ? column.OptionValues.Min() : 1);

        private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);

        private void Report(Field field, TextKey key, params object?[] arguments) => problems.Add(RuleProblem.Of(field, key, arguments));
    }
}
