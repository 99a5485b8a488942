using System;
using System.Text;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// How scoring compares text: case-insensitive, trimmed, runs of white space read as one space,
    /// so "Head  of development " equals "head of Development".
    /// </summary>
    internal static class TextMatching
    {
        internal static string Normalize(string text) => IsNormal(text) ? text : Normalized(text);

        // Most text is already normal: returning it as it is saves the copy.
        private static bool IsNormal(string text)
        {
            if (text.Length == 0)
            {
                return true;
            }

            if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
            {
                return false;
            }

            for (var index = 1; index < text.Length; index++)
            {
                var character = text[index];
                if (char.IsWhiteSpace(character) && (character != ' ' || char.IsWhiteSpace(text[index - 1])))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Normalized(string text)
        {
            var normalized = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var character in text)
            {
                if (char.IsWhiteSpace(character))
                {
                    pendingSpace = normalized.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    normalized.Append(' ');
                    pendingSpace = false;
                }

                normalized.Append(character);
            }

            return normalized.ToString();
        }

        internal static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

        internal static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>
        /// Whether the keyword (a word or a phrase) stands in the text as whole words: "CTO" matches
        /// "CTO / Founder" but not "Director"; "head of development" matches "Head of Development EMEA".
        /// </summary>
        internal static bool ContainsWords(string text, string keyword)
        {
            for (var start = text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase);
                 start >= 0;
                 start = text.IndexOf(keyword, start + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = start + keyword.Length;
                var wordStartsHere = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
                var wordEndsHere = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (wordStartsHere && wordEndsHere)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The domain of an e-mail address (after the last '@'), or null for text without one.</summary>
        internal static string? DomainOf(string emailAddress)
        {
            var at = emailAddress.LastIndexOf('@');
            var domain = at < 0 ? string.Empty : emailAddress.Substring(at + 1).Trim();
            return domain.Length == 0 ? null : domain;
        }

        /// <summary>A domain as a list names it: "@gmail.com" and "gmail.com" are the same domain.</summary>
        internal static string ListedDomain(string item) => item.TrimStart('@');
    }
}
