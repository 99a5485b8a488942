using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Funnel;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

public class ExclusionRulesTests
{
    private static readonly ExclusionRules Rules = ExclusionRules.Standard(
        customerDomains: ["contoso.com"],
        competitorDomains: ["fabrikam.com"],
        partnerDomains: ["@Partner.Example"],
        ownDomains: ["crmleadsla.example"]);

    private static ExclusionFacts Lead(string? email, params LeadTrait[] traits) => new(email, traits);

    [Fact]
    public void A_lead_from_a_competitors_domain_is_excluded_as_competitor()
    {
        var exclusion = Rules.ExclusionOf(Lead("jo@fabrikam.com"));

        Assert.Equal(("Competitor", "Competitor (e-mail domain fabrikam.com)"), (exclusion?.Rule, exclusion?.Reason.In(Language.English)));
    }

    [Fact]
    public void The_reason_of_an_exclusion_reads_in_German_with_the_rule_name_as_written()
    {
        Assert.Equal("Competitor (E-Mail-Domäne fabrikam.com)", Rules.ExclusionOf(Lead("jo@fabrikam.com"))?.Reason.In(Language.German));
    }

    [Fact]
    public void Domains_match_whatever_their_case()
    {
        Assert.Equal("Partner", Rules.ExclusionOf(Lead("Ann@PARTNER.example"))?.Rule);
    }

    [Theory]
    [InlineData("jo@bäcker-werke.de")]
    [InlineData("jo@BAECKER-WERKE.DE")]
    [InlineData("jo@xn--bcker-werke-l8a.de")]
    public void A_listed_domain_matches_in_every_spelling(string email)
    {
        var rules = new ExclusionRules([new ExclusionRule("Partner", ["baecker-werke.de"])]);

        var exclusion = rules.ExclusionOf(Lead(email));

        Assert.Equal(("Partner", "Partner (e-mail domain baecker-werke.de)"), (exclusion?.Rule, exclusion?.Reason.In(Language.English)));
    }

    [Fact]
    public void A_subdomain_of_a_listed_domain_matches()
    {
        Assert.Equal("Existing customer", Rules.ExclusionOf(Lead("ben@eu.contoso.com"))?.Rule);
    }

    [Fact]
    public void A_domain_that_only_ends_like_a_listed_one_does_not_match()
    {
        Assert.Null(Rules.ExclusionOf(Lead("eve@notcontoso.com")));
    }

    [Fact]
    public void A_trait_excludes_a_lead_whatever_its_email()
    {
        var exclusion = Rules.ExclusionOf(Lead("sam@gmail.example", LeadTrait.OwnStaff));

        Assert.Equal(("Own staff", "Own staff (marked as own staff)"), (exclusion?.Rule, exclusion?.Reason.In(Language.English)));
    }

    [Fact]
    public void A_lead_without_email_or_traits_is_not_excluded()
    {
        Assert.Null(Rules.ExclusionOf(Lead(null)));
    }

    [Fact]
    public void The_first_matching_rule_names_the_reason()
    {
        var exclusion = Rules.ExclusionOf(Lead("kim@fabrikam.com", LeadTrait.ExistingCustomer));

        Assert.Equal("Existing customer", exclusion?.Rule);
    }

    [Fact]
    public void A_rule_without_a_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ExclusionRule(" ", ["contoso.com"]));
    }
}
