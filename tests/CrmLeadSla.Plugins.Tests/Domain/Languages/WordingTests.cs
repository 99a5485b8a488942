using System.Globalization;
using System.Text.RegularExpressions;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Tests.Domain.Languages;

/// <summary>Every language's wording holds every text, with the same placeholders, in proper German where German.</summary>
public partial class WordingTests
{
    // Texts that read the same in German and English: stage abbreviations both teams use, and pure formats.
    private static readonly HashSet<TextKey> SameInBothLanguages =
    [
        TextKey.FieldNamed, TextKey.StageMql, TextKey.StageSal, TextKey.StageSql,
        TextKey.UnknownOption, TextKey.LabelRuleName, TextKey.LabelRuleOperator,
    ];

    public static TheoryData<string> Languages => new(Language.All.Select(language => language.Name));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_has_a_template_in_every_language(string name)
    {
        var language = LanguageNamed(name);

        var missing = Enum.GetValues<TextKey>().Where(key => !language.Texts.ContainsKey(key)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_template_has_the_placeholders_of_the_English_one(string name)
    {
        var language = LanguageNamed(name);

        var differing = Enum.GetValues<TextKey>()
            .Where(key => !Placeholders(language.TemplateOf(key)).SetEquals(Placeholders(Language.English.TemplateOf(key))))
            .ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_template_is_a_valid_format(string name)
    {
        var language = LanguageNamed(name);
        var arguments = Enumerable.Range(0, 10).Select(_ => (object)new DateTime(2026, 3, 30, 15, 0, 0, DateTimeKind.Utc)).ToArray();

        foreach (var (key, template) in language.Texts)
        {
            var formatted = Record.Exception(() => string.Format(language.Format, template, arguments));
            Assert.True(formatted is null, $"{key}: {formatted?.Message}");
        }
    }

    [Fact]
    public void Every_German_text_is_translated()
    {
        var untranslated = Enum.GetValues<TextKey>()
            .Where(key => !SameInBothLanguages.Contains(key) && Language.German.TemplateOf(key) == Language.English.TemplateOf(key))
            .ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void German_is_written_with_umlauts_and_eszett_not_their_stand_ins()
    {
        var standIns = Language.German.Texts
            .Where(text => StandIns().IsMatch(text.Value))
            .Select(text => $"{text.Key}: {text.Value}")
            .ToList();

        Assert.Empty(standIns);
    }

    [Fact]
    public void A_text_in_German_formats_dates_and_numbers_as_German_does()
    {
        Assert.Equal("30.03.2026 15:00 1.234,5", string.Format(Language.German.Format, "{0:dd.MM.yyyy HH:mm} {1:#,##0.0}", new DateTime(2026, 3, 30, 15, 0, 0), 1234.5m));
        Assert.Equal("30 March 2026 1,234.5", string.Format(Language.English.Format, "{0:d MMMM yyyy} {1:#,##0.0}", new DateTime(2026, 3, 30), 1234.5m));
    }

    [Fact]
    public void A_language_the_solution_does_not_speak_is_English()
    {
        Assert.Same(Language.English, Language.Of(1036));
        Assert.Same(Language.English, Language.Of(null));
        Assert.Same(Language.German, Language.Of(1031));
    }

    private static Language LanguageNamed(string name) => Language.All.Single(language => language.Name == name);

    private static HashSet<int> Placeholders(string template) =>
        Placeholder().Matches(template).Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    // ASCII spellings of words the German wording uses: "fuer", "Uebergabe", "waehlen", "schliessen", "Strasse"…
    [GeneratedRegex(@"(?i)\b\w*(fuer|ueber|aehl|oess|uess|iess|chliess|strasse|gross|moeg|koenn|muess|zurueck|aender|pruef)\w*\b")]
    private static partial Regex StandIns();
}
