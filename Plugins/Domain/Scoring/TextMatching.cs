using System;
using System.Globalization;
using System.Text;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// How scoring and exclusion rules compare text: every spelling of a word is folded into one, so an admin types a
    /// keyword once. Folded text is lower case; ä, ö, ü and ß are written ae, oe, ue and ss (the German way of writing
    /// them without umlauts), other letters lose their accents (é → e, ł → l, æ → ae); typographic dashes and quotes
    /// become plain ones; runs of white space read as one space; text is trimmed. "Geschäftsführer",
    /// "GESCHAEFTSFUEHRER" and " Geschaeftsführer " are the same word. Whole values, list entries and keywords are
    /// compared without their surrounding punctuation as well (<see cref="Bare"/>): "(CTO)." equals "CTO".
    /// </summary>
    internal static class TextMatching
    {
        private const string AsciiCompatibleEncodingPrefix = "xn--";

        /// <summary>The folded form of the text (see the class). Text that is already folded is returned as it is, without a copy.</summary>
        internal static string Normalize(string text) => IsFolded(text) ? text : Folded(text);

        /// <summary>
        /// Folded text without the punctuation around it, as whole values, list entries and keywords are compared:
        /// "(cto)." is "cto", "&lt;anna@contoso.com&gt;" is "anna@contoso.com". Marks that belong to a word are kept: # % &amp; @
        /// (C#, R&amp;D), and + is no punctuation (C++).
        /// </summary>
        internal static string Bare(string folded)
        {
            var start = 0;
            var end = folded.Length;
            while (start < end && IsSurrounding(folded[start]))
            {
                start++;
            }

            while (end > start && IsSurrounding(folded[end - 1]))
            {
                end--;
            }

            return start == 0 && end == folded.Length ? folded : folded.Substring(start, end - start);
        }

        /// <summary>Whether two folded texts are the same value, their surrounding punctuation aside.</summary>
        internal static bool Same(string left, string right) => string.Equals(Bare(left), Bare(right), StringComparison.Ordinal);

        /// <summary>Whether the folded text holds the folded part, punctuation included: "/pricing" is a path, not a word.</summary>
        internal static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.Ordinal) >= 0;

        /// <summary>
        /// Whether the keyword (a word or a phrase, folded and bare) stands in the folded text as whole words: "cto"
        /// matches "cto / founder" but not "director"; "head of development" matches "head of development emea".
        /// </summary>
        internal static bool ContainsWords(string text, string keyword)
        {
            for (var start = text.IndexOf(keyword, StringComparison.Ordinal);
                 start >= 0;
                 start = text.IndexOf(keyword, start + 1, StringComparison.Ordinal))
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

        /// <summary>
        /// The domain of an e-mail address (after the last '@'), folded and bare, or null for text without one.
        /// An internationalized domain written in its ASCII form (xn--mller-kva.de) reads as its letters (müller.de,
        /// folded mueller.de), so both forms are one domain.
        /// </summary>
        internal static string? DomainOf(string emailAddress)
        {
            var at = emailAddress.LastIndexOf('@');
            var domain = at < 0 ? string.Empty : Domain(emailAddress.Substring(at + 1));
            return domain.Length == 0 ? null : domain;
        }

        /// <summary>A domain as a list names it, folded like <see cref="DomainOf"/>: "@gmail.com" and "GMail.com" are "gmail.com".</summary>
        internal static string ListedDomain(string item) => Domain(item.Trim().TrimStart('@'));

        private static string Domain(string text)
        {
            var domain = Bare(Normalize(text));
            if (domain.IndexOf(AsciiCompatibleEncodingPrefix, StringComparison.Ordinal) < 0)
            {
                return domain;
            }

            try
            {
                // A mapping per call: IdnMapping is mutable, and statics hold only immutable things.
                return Normalize(new IdnMapping().GetUnicode(domain));
            }
            catch (ArgumentException)
            {
                // Not a valid encoded name: compared as it is written.
                return domain;
            }
        }

        // Most text needs no copy: lower-case ASCII with single spaces inside is folded already.
        private static bool IsFolded(string text)
        {
            if (text.Length == 0)
            {
                return true;
            }

            if (text[0] == ' ' || text[text.Length - 1] == ' ')
            {
                return false;
            }

            for (var index = 0; index < text.Length; index++)
            {
                var character = text[index];
                if (character > '~' || (character >= 'A' && character <= 'Z') || (character < ' ')
                    || (character == ' ' && text[index - 1] == ' '))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Folded(string text)
        {
            // Composed first, so "a" followed by a combining diaeresis is the same letter as "ä".
            var composed = HasNonAscii(text) ? text.Normalize(NormalizationForm.FormC) : text;
            var folded = new StringBuilder(composed.Length + 4);
            var pendingSpace = false;
            foreach (var character in composed)
            {
                if (char.IsWhiteSpace(character))
                {
                    pendingSpace = folded.Length > 0;
                    continue;
                }

                var start = folded.Length;
                if (pendingSpace)
                {
                    folded.Append(' ');
                }

                var spaced = folded.Length;
                AppendFolded(folded, character);
                if (folded.Length == spaced)
                {
                    // The character folded to nothing (a soft hyphen, an accent on its own): a space before it still waits.
                    folded.Length = start;
                    continue;
                }

                pendingSpace = false;
            }

            return folded.ToString();
        }

        private static void AppendFolded(StringBuilder folded, char character)
        {
            if (character < 128)
            {
                folded.Append(character >= 'A' && character <= 'Z' ? (char)(character + 32) : character);
                return;
            }

            var lower = char.ToLowerInvariant(character);
            switch (lower)
            {
                case 'ä': folded.Append("ae"); return;
                case 'ö': folded.Append("oe"); return;
                case 'ü': folded.Append("ue"); return;
                case 'ß': case 'ẞ': folded.Append("ss"); return;
                case 'æ': folded.Append("ae"); return;
                case 'œ': folded.Append("oe"); return;
                case 'ø': folded.Append('o'); return;
                case 'ł': folded.Append('l'); return;
                case 'đ': case 'ð': folded.Append('d'); return;
                case 'þ': folded.Append("th"); return;
                case 'ı': folded.Append('i'); return;
                case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                    folded.Append('-'); return;
                case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
                    folded.Append('\''); return;
                case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
                    folded.Append('"'); return;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(lower);
            if (category == UnicodeCategory.Format || category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.EnclosingMark)
            {
                // Soft hyphens, zero-width joiners and stray accents are invisible: they do not make another word.
                return;
            }

            foreach (var part in lower.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                {
                    folded.Append(part);
                }
            }
        }

        private static bool HasNonAscii(string text)
        {
            foreach (var character in text)
            {
                if (character > '~')
                {
                    return true;
                }
            }

            return false;
        }

        // Sentence punctuation, brackets (angle brackets too, as around an address), quotes, dashes and slashes; not
        // # % & @, which belong to words such as C# and R&D.
        private static bool IsSurrounding(char character) =>
            character == ' ' || character == '<' || character == '>'
            || (char.IsPunctuation(character) && character != '#' && character != '%' && character != '&' && character != '@');
    }
}
