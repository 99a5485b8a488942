using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

public class SpellingTests
{
    private static bool Matches(RuleOperator ruleOperator, string value, string jobTitle) =>
        Condition.Compile("jobtitle", new ColumnDefinition(ColumnKind.Text), ruleOperator, value).Matches(ScoringScenario.LeadWithTitle(jobTitle));

    [Theory]
    [InlineData("Geschäftsführer", "Geschaeftsfuehrer")]
    [InlineData("Geschaeftsfuehrer", "GESCHÄFTSFÜHRER")]
    [InlineData("Außendienst", "Aussendienst")]
    [InlineData("Leiterin Forschung & Entwicklung", "LEITERIN FORSCHUNG  &  ENTWICKLUNG")]
    [InlineData("Directeur Général", "directeur general")]
    [InlineData("Geschäftsführer", "Gescha\u0308ftsfu\u0308hrer")]
    [InlineData("Head of R&D", "Head\u00a0of R&D")]
    public void One_spelling_of_a_word_equals_every_other(string value, string jobTitle)
    {
        Assert.True(Matches(RuleOperator.Equals, value, jobTitle));
    }

    [Theory]
    [InlineData("Geschäftsführer;CTO", "Technischer Geschaeftsfuehrer (CTO)")]
    [InlineData("Entwicklungsleiter", "ENTWICKLUNGSLEITER, Standort München")]
    [InlineData("Einkäufer", "Senior Einkaeufer")]
    public void A_keyword_matches_whatever_spelling_the_title_uses(string keywords, string jobTitle)
    {
        Assert.True(Matches(RuleOperator.ContainsAnyKeyword, keywords, jobTitle));
    }

    [Theory]
    [InlineData(RuleOperator.Equals, "CTO", "(CTO).")]
    [InlineData(RuleOperator.Equals, "„Geschäftsführer“", "Geschäftsführer")]
    [InlineData(RuleOperator.InList, "CEO; CTO.", "– CTO –")]
    [InlineData(RuleOperator.ContainsAnyKeyword, "\"cto\";", "Interim CTO")]
    public void Whole_values_and_keywords_are_compared_without_their_surrounding_punctuation(RuleOperator ruleOperator, string value, string jobTitle)
    {
        Assert.True(Matches(ruleOperator, value, jobTitle));
    }

    [Fact]
    public void A_keyword_does_not_match_inside_a_compound_word()
    {
        Assert.False(Matches(RuleOperator.ContainsAnyKeyword, "Leiter", "Entwicklungsleiter"));
    }

    [Theory]
    [InlineData("C#", "C Developer", false)]
    [InlineData("C#", "Senior C# Developer", true)]
    [InlineData("R&D", "Head of R & D", false)]
    public void Marks_that_belong_to_a_word_are_kept(string keyword, string jobTitle, bool expected)
    {
        Assert.Equal(expected, Matches(RuleOperator.ContainsAnyKeyword, keyword, jobTitle));
    }

    [Theory]
    [InlineData("https://contoso.com/de/pricing", true)]
    [InlineData("https://contoso.com/pricing.html", true)]
    [InlineData("https://contoso.com/de/no-pricing", false)]
    public void Substring_operators_keep_the_punctuation_of_what_they_look_for(string url, bool expected)
    {
        var condition = Condition.Compile(InteractionSchema.Url, new ColumnDefinition(ColumnKind.Text), RuleOperator.Contains, "/pricing");

        Assert.Equal(expected, condition.Matches(ScoringScenario.Lead(InteractionSchema.Url, ColumnValue.Text(url))));
    }

    [Theory]
    [InlineData("anna@müller.de")]
    [InlineData("anna@Mueller.DE")]
    [InlineData("anna@xn--mller-kva.de")]
    [InlineData("<anna@mueller.de>")]
    public void An_email_domain_matches_in_every_spelling(string address)
    {
        var condition = Condition.Compile("emailaddress1", new ColumnDefinition(ColumnKind.Text), RuleOperator.EmailDomainInList, "t-online.de;@Müller.de");

        Assert.True(condition.Matches(ScoringScenario.Lead("emailaddress1", ColumnValue.Text(address))));
    }
}
