using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Languages
{
    /// <summary>
    /// A text for a user, not yet in a language: its key and its arguments. The domain decides what to say; the
    /// edge that shows it knows the reader and words it with <see cref="In"/> — so the reader's language is looked up
    /// only when there is something to show. Arguments may be texts (worded in the same language), <see cref="Field"/>s
    /// (named by their label), lists (<see cref="Either"/>), names users wrote (kept as written), numbers and dates
    /// (formatted as the template and the language say).
    /// </summary>
    public sealed class Text
    {
        // Each item of a list on a line of its own, after a dash: a platform dialog shows plain text.
        private const string LinePrefix = "- ";

        private readonly object?[] arguments;
        private readonly IReadOnlyList<Text>? items;
        private readonly bool onLines;

        private Text(TextKey key, object?[] arguments, IReadOnlyList<Text>? items, bool onLines)
        {
            Key = key;
            this.arguments = arguments;
            this.items = items;
            this.onLines = onLines;
        }

        /// <summary>The text's key in every language's wording.</summary>
        public TextKey Key { get; }

        /// <summary>The arguments the template's placeholders take, in order.</summary>
        public IReadOnlyList<object?> Arguments => arguments;

        /// <summary>The text with the key and arguments.</summary>
        public static Text Of(TextKey key, params object?[] arguments) =>
            new Text(key, arguments ?? throw new ArgumentNullException(nameof(arguments)), null, onLines: false);

        /// <summary>Alternatives inside a sentence: "MQL", "MQL or Excluded", "SAL, Nurture or Excluded".</summary>
        public static Text Either(IEnumerable<Text> items) =>
            new Text(TextKey.ListOr, new object?[0], (items ?? throw new ArgumentNullException(nameof(items))).ToArray(), onLines: false);

        /// <summary>Items each on a new line after a dash, e.g. the problems of a refused rule after "Please correct:".</summary>
        public static Text Lines(IEnumerable<Text> items) =>
            new Text(TextKey.ListOr, new object?[0], (items ?? throw new ArgumentNullException(nameof(items))).ToArray(), onLines: true);

        /// <summary>The text as a reader of the language reads it.</summary>
        public string In(Language language)
        {
            if (language == null)
            {
                throw new ArgumentNullException(nameof(language));
            }

            return items == null ? string.Format(language.Format, language.TemplateOf(Key), arguments.Select(argument => Worded(argument, language)).ToArray())
                : onLines ? string.Concat(items.Select(item => Environment.NewLine + LinePrefix + item.In(language)))
                : Listed(language);
        }

        /// <summary>The English text, for traces and debugging.</summary>
        public override string ToString() => In(Language.English);

        private static object? Worded(object? argument, Language language) => argument switch
        {
            Text text => text.In(language),
            Field field => field.In(language),
            _ => argument,
        };

        // "a", "a or b", "a, b or c": commas between all but the last two.
        private string Listed(Language language)
        {
            var worded = items!.Select(item => item.In(language)).ToList();
            if (worded.Count <= 1)
            {
                return worded.FirstOrDefault() ?? string.Empty;
            }

            var head = string.Join(", ", worded.Take(worded.Count - 1));
            return string.Format(language.Format, language.TemplateOf(TextKey.ListOr), head, worded[worded.Count - 1]);
        }
    }
}
