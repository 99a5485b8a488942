using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// Reads a rule's value and value-to (text columns of the rule) as the operands its column needs,
    /// and reports each entry that cannot be read with the field and the fix.
    /// </summary>
    internal sealed class Operands
    {
        private const string ValueLabel = "Value (" + ScoringFields.Value + ")";
        private const string ValueToLabel = "Value To (" + ScoringFields.ValueTo + ")";

        private readonly ICollection<RuleProblem> problems;

        internal Operands(ICollection<RuleProblem> problems) => this.problems = problems;

        internal string? Text(string? value)
        {
            var text = TextMatching.Normalize(value ?? string.Empty);
            if (text.Length == 0)
            {
                Report(ScoringFields.Value, $"The rule has nothing to compare with. Enter the text in {ValueLabel}.");
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
                Report(ScoringFields.Value, $"The list in {ValueLabel} is empty. Enter the entries separated by semicolons, e.g. {example}.");
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
                Report(ScoringFields.Value, $"The list in {ValueLabel} is empty. Enter the entries separated by semicolons, e.g. {example}.");
                return null;
            }

            return items;
        }

        internal decimal? Number(string? value) =>
            Number(value, ScoringFields.Value, $"The rule has no number to compare with. Enter a number such as 250000 in {ValueLabel}.", "250000");

        internal decimal? LowerBound(string? value) =>
            Number(value, ScoringFields.Value, $"Between needs a lower bound. Enter the smallest number that counts, such as 200, in {ValueLabel}.", "200");

        internal decimal? UpperBound(string? value) =>
            Number(value, ScoringFields.ValueTo, $"Between needs an upper bound. Enter the largest number that counts, such as 1000, in {ValueToLabel}.", "1000");

        internal IReadOnlyList<decimal>? Numbers(string? value) => Each(List(value, "10;50;100"), Number);

        internal int? Option(string? value, ColumnDefinition column, string columnName)
        {
            var text = (value ?? string.Empty).Trim();
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var option))
            {
                Report(ScoringFields.Value, text.Length == 0
                    ? $"The rule has no option to compare with. Enter an option value such as {ExampleOption(column)} in {ValueLabel}."
                    : $"Value '{text}' is not an option value. Enter the number of an option, such as {ExampleOption(column)}, in {ValueLabel}.");
                return null;
            }

            if (column.OptionValues.Count > 0 && !column.OptionValues.Contains(option))
            {
                var allowed = string.Join(", ", column.OptionValues.OrderBy(allowedValue => allowedValue).Take(12).Select(Invariant));
                Report(ScoringFields.Value, $"Option value {Invariant(option)} is not an option of '{columnName}'. Enter one of {allowed} in {ValueLabel}.");
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
                    Report(ScoringFields.Value, $"Value '{value?.Trim()}' is not yes or no. Enter true or false in {ValueLabel}.");
                    return null;
            }
        }

        internal Guid? RecordId(string? value)
        {
            var text = (value ?? string.Empty).Trim();
            if (!Guid.TryParse(text, out var id))
            {
                Report(ScoringFields.Value, $"Value '{text}' is not a record id. Enter the id of the record, such as 5f1c2a3b-0000-0000-0000-000000000001, in {ValueLabel}.");
                return null;
            }

            return id;
        }

        private decimal? Number(string? value, string field, string whenMissing, string example)
        {
            var text = (value ?? string.Empty).Trim();
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Report(field, text.Length == 0
                ? whenMissing
                : field == ScoringFields.Value
                    ? $"Value '{text}' is not a number. Enter a number such as {example} in {ValueLabel}."
                    : $"Value To '{text}' is not a number. Enter a number such as {example} in {ValueToLabel}.");
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

        private void Report(string field, string message) => problems.Add(new RuleProblem(field, message));
    }
}
