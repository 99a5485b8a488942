using System.Globalization;
using System.Text;
using CrmLeadSla.Plugins.Domain.Scoring;
using CsCheck;
using Xunit.Abstractions;

namespace CrmLeadSla.Reliability.Tests.Properties;

/// <summary>
/// One keyword matches every spelling of its words: umlauts and ß written out or not, accents composed or combining,
/// any letter case, any spacing, punctuation around. Words are drawn from German syllables rich in the letters that have
/// a second spelling; each case writes the same words two ways and compares them through a compiled rule.
/// </summary>
[Trait("Category", "Reliability")]
public class SpellingProperties(ITestOutputHelper output)
{
    private static readonly ColumnDefinition Text = new(ColumnKind.Text);

    private static readonly Gen<string> Syllable = Gen.OneOf(
        "ge", "schäf", "füh", "rer", "au", "ßen", "dienst", "lei", "ter", "ent", "wick", "lung", "ein", "käu", "fer", "ö",
        "ko", "nom", "stra", "ße", "grü", "ne", "Ä", "Üb", "Öl", "mül", "ler", "hö", "her", "é", "çon", "ñ", "ẞ");

    private static readonly Gen<string[]> Words = Syllable.Array[1, 4].Select(string.Concat).Array[1, 3];

    // How a second writer spells the words: umlauts written out, accents as combining marks, letter case, spaces.
    private static readonly Gen<Spelling> Spellings = Gen.Select(Gen.Bool, Gen.Bool, Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.OneOf(" ", "  ", "\u00a0", " \t"))
        .Select((writeOut, combining, caseStyle, caseSeed, space) => new Spelling(writeOut, combining, caseStyle, caseSeed, space));

    private static readonly Gen<string> Around = Gen.OneOf("", "(", ")", ".", ", ", "„", "“", " – ", "\"", "; ", " / ");

    [Fact]
    public void A_value_equals_every_spelling_of_its_words()
    {
        PropertyRuns.Check(
            Gen.Select(Words, Spellings, Spellings, Around, Around),
            generated =>
            {
                var (words, ruleSpelling, titleSpelling, before, after) = generated;

                var matches = Matches(RuleOperator.Equals, ruleSpelling.Of(words), before + titleSpelling.Of(words) + after);

                Assert.True(matches, $"'{ruleSpelling.Of(words)}' did not equal '{before + titleSpelling.Of(words) + after}'");
            });
        output.WriteLine(PropertyRuns.Describe());
    }

    [Fact]
    public void A_keyword_matches_every_spelling_of_its_words_among_others()
    {
        PropertyRuns.Check(
            Gen.Select(Words, Spellings, Spellings, Around, Around),
            generated =>
            {
                var (words, keywordSpelling, titleSpelling, before, after) = generated;
                var title = $"Senior{before} {titleSpelling.Of(words)}{after} EMEA";

                Assert.True(Matches(RuleOperator.ContainsAnyKeyword, "CIO;" + keywordSpelling.Of(words), title), $"'{keywordSpelling.Of(words)}' not found in '{title}'");
            });
        output.WriteLine(PropertyRuns.Describe());
    }

    [Fact]
    public void A_keyword_never_matches_inside_a_longer_word_whatever_the_spelling()
    {
        PropertyRuns.Check(
            Gen.Select(Syllable.Array[1, 3].Select(string.Concat), Syllable.Array[1, 3].Select(string.Concat), Spellings, Spellings),
            generated =>
            {
                var (head, keyword, keywordSpelling, titleSpelling) = generated;

                var matches = Matches(RuleOperator.ContainsAnyKeyword, keywordSpelling.Of([keyword]), titleSpelling.Of([head + keyword]));

                Assert.False(matches, $"'{keyword}' matched inside '{head + keyword}'");
            });
        output.WriteLine(PropertyRuns.Describe());
    }

    [Fact]
    public void Words_of_plain_letters_stay_apart()
    {
        var plain = Gen.Char['a', 'z'].Array[1, 8].Select(letters => new string(letters));
        PropertyRuns.Check(
            Gen.Select(plain, plain, Spellings),
            generated =>
            {
                var (one, other, spelling) = generated;

                Assert.Equal(one == other, Matches(RuleOperator.Equals, one, spelling.Of([other])));
            });
        output.WriteLine(PropertyRuns.Describe());
    }

    private static bool Matches(RuleOperator ruleOperator, string value, string jobTitle) =>
        Condition.Compile("jobtitle", Text, ruleOperator, value).Matches(ColumnValues.None.With("jobtitle", ColumnValue.Text(jobTitle)));

    private sealed record Spelling(bool WriteOut, bool Combining, int CaseStyle, int CaseSeed, string Space)
    {
        public string Of(IEnumerable<string> words)
        {
            var text = string.Join(Space, words);
            if (WriteOut)
            {
                text = text.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("Ä", "Ae").Replace("Ö", "Oe").Replace("Ü", "Ue")
                    .Replace("ß", "ss").Replace("ẞ", "SS");
            }

            if (Combining)
            {
                text = text.Normalize(NormalizationForm.FormD);
            }

            var random = new Random(CaseSeed);
            return CaseStyle switch
            {
                0 => text.ToUpper(CultureInfo.InvariantCulture),
                1 => text.ToLower(CultureInfo.InvariantCulture),
                _ => new string(text.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray()),
            };
        }
    }
}
