using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Languages
{
    /// <summary>
    /// A language the solution speaks: its texts (one wording class per language) and how it writes numbers and
    /// dates. Languages are known by the LCID Dataverse uses (usersettings.uilanguageid, organization.languagecode);
    /// any other LCID gets English.
    /// </summary>
    public sealed class Language
    {
        private Language(int lcid, string name, IReadOnlyDictionary<TextKey, string> texts, IFormatProvider format)
        {
            Lcid = lcid;
            Name = name;
            Texts = texts;
            Format = format;
        }

        /// <summary>English (1033): also every language the solution does not speak.</summary>
        public static Language English { get; } = new Language(1033, "English", EnglishWording.Texts, EnglishWording.Format);

        /// <summary>German (1031).</summary>
        public static Language German { get; } = new Language(1031, "Deutsch", GermanWording.Texts, GermanWording.Format);

        /// <summary>Every language the solution speaks, English first.</summary>
        public static IReadOnlyList<Language> All { get; } = new[] { English, German };

        /// <summary>The LCID, e.g. 1031 for German.</summary>
        public int Lcid { get; }

        /// <summary>The language's own name for itself.</summary>
        public string Name { get; }

        /// <summary>Every text by its key, as a composite format template ({0}, {1:dd.MM.yyyy}, …).</summary>
        public IReadOnlyDictionary<TextKey, string> Texts { get; }

        /// <summary>
        /// How the language writes numbers and dates. Built into the assembly rather than taken from the server's
        /// culture data, so the sandbox, Mono and .NET write the same text.
        /// </summary>
        public IFormatProvider Format { get; }

        /// <summary>The language with the LCID; English for an LCID the solution does not speak or none.</summary>
        public static Language Of(int? lcid) => All.FirstOrDefault(language => language.Lcid == lcid) ?? English;

        /// <summary>The template of a text; English's where this language lacks it (the wording tests keep that from happening).</summary>
        public string TemplateOf(TextKey key) =>
            Texts.TryGetValue(key, out var template) ? template
            : ReferenceEquals(this, English) ? key.ToString()
            : English.TemplateOf(key);

        /// <inheritdoc />
        public override string ToString() => Name + " (" + Lcid.ToString(CultureInfo.InvariantCulture) + ")";
    }
}
