using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Languages
{
    /// <summary>
    /// A text for a user, not yet in a language: its key and its arguments. The domain decides what to say; the
    /// edge that shows it knows the reader and words it with <see cref="In"/> — so the reader's language is looked up
    /// only when there is something to show. Arguments may be texts (worded in the same language), <see cref="Field"/>s
    /// (named by their label and, where the edge knows it, their column), lists (<see cref="Either"/>), names users wrote
    /// (kept as written), numbers and dates (formatted as the template and the language say).
    /// </summary>
    public sealed class Text
    {
        // Each item of a list on a line of its own, after a dash: a platform dialog shows plain text.
        private const string LinePrefix = "- ";

        private readonly object?[] arguments;
        private readonly IReadOnlyList<Text>? items;
        private readonly bool onLines;
        private readonly Field? field;

        private Text(TextKey key, object?[] arguments, IReadOnlyList<Text>? items, bool onLines, Field? field = null)
        {
            Key = key;
            this.arguments = arguments;
            this.items = items;
            this.onLines = onLines;
            this.field = field;
        }

        /// <summary>The text's key in every language's wording.</summary>
        public TextKey Key { get; }

        /// <summary>The arguments the template's placeholders take, in order.</summary>
        public IReadOnlyList<object?> Arguments => arguments;

        /// <summary>The text with the key and arguments.</summary>
        public static Text Of(TextKey key, params object?[] arguments) =>
            new Text(key, arguments ?? throw new ArgumentNullException(nameof(arguments)), null, onLines: false);

        /// <summary>A field on its own, e.g. as an item of a list of the fields a user may not change.</summary>
        public static Text Of(Field field) =>
            new Text(TextKey.FieldNamed, new object?[0], null, onLines: false, field ?? throw new ArgumentNullException(nameof(field)));

        /// <summary>Alternatives inside a sentence: "MQL", "MQL or Excluded", "SAL, Nurture or Excluded".</summary>
        public static Text Either(IEnumerable<Text> items) =>
            new Text(TextKey.ListOr, new object?[0], (items ?? throw new ArgumentNullException(nameof(items))).ToArray(), onLines: false);

        /// <summary>Items each on a new line after a dash, e.g. the problems of a refused rule after "Please correct:".</summary>
        public static Text Lines(IEnumerable<Text> items) =>
            new Text(TextKey.ListOr, new object?[0], (items ?? throw new ArgumentNullException(nameof(items))).ToArray(), onLines: true);

        /// <summary>The text as a reader of the language reads it, each field named by its label alone.</summary>
        public string In(Language language) => In(language, null);

        /// <summary>
        /// The text as a reader of the language reads it, each field named by its label and, in brackets, the column that
        /// stores it, so the user finds it on the form and in the API: "Rejection Reason" followed by the column's logical name in brackets.
        /// </summary>
        /// <param name="language">The reader's language.</param>
        /// <param name="columnOf">The column of a field: known only to the edge that reads and writes the records.</param>
        public string In(Language language, Func<Field, string>? columnOf)
        {
            if (language == null)
            {
                throw new ArgumentNullException(nameof(language));
            }

            return field != null ? Named(field, language, columnOf)
                : items == null ? string.Format(language.Format, language.TemplateOf(Key), arguments.Select(argument => Worded(argument, language, columnOf)).ToArray())
                : onLines ? string.Concat(items.Select(item => Environment.NewLine + LinePrefix + item.In(language, columnOf)))
                : Listed(language, columnOf);
        }

        /// <summary>The English text, for traces and debugging.</summary>
        public override string ToString() => In(Language.English);

        private static object? Worded(object? argument, Language language, Func<Field, string>? columnOf) => argument switch
        {
            Text text => text.In(language, columnOf),
            Field field => Named(field, language, columnOf),
            _ => argument,
        };

        private static string Named(Field field, Language language, Func<Field, string>? columnOf)
        {
            var label = Of(field.Label).In(language);
            return columnOf == null ? label : string.Format(language.Format, language.TemplateOf(TextKey.FieldNamed), label, columnOf(field));
        }

        // "a", "a or b", "a, b or c": commas between all but the last two.
        private string Listed(Language language, Func<Field, string>? columnOf)
        {
            var worded = items!.Select(item => item.In(language, columnOf)).ToList();
            if (worded.Count <= 1)
            {
                return worded.FirstOrDefault() ?? string.Empty;
            }

            var head = string.Join(", ", worded.Take(worded.Count - 1));
            return string.Format(language.Format, language.TemplateOf(TextKey.ListOr), head, worded[worded.Count - 1]);
        }
    }
}
