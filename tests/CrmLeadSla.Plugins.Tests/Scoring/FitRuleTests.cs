using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Scoring;

/// <summary>Fit rules of every operator kind on the lead's real column types, scored by the lead step.</summary>
public class FitRuleTests
{
    private readonly SolutionScenario scenario = new();

    [Theory]
    [InlineData(RuleOperator.Equals, "contoso ltd", 25)]
    [InlineData(RuleOperator.DoesNotEqual, "Fabrikam", 25)]
    [InlineData(RuleOperator.Contains, "toso", 25)]
    [InlineData(RuleOperator.DoesNotContain, "toso", 0)]
    [InlineData(RuleOperator.BeginsWith, "Contoso", 25)]
    [InlineData(RuleOperator.EndsWith, "Ltd", 25)]
    [InlineData(RuleOperator.InList, "Fabrikam; Contoso Ltd", 25)]
    [InlineData(RuleOperator.NotInList, "Fabrikam; Contoso Ltd", 0)]
    public void Text_operators_test_a_text_column(RuleOperator @operator, string value, int expected)
    {
        ModelWith(new ScoringModelBuilder().FitRule("Company", "companyname", @operator, value, 25));

        var leadId = new LeadBuilder().With("companyname", "Contoso  Ltd").CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Theory]
    [InlineData(150, 0)]
    [InlineData(200, 15)]
    [InlineData(1000, 15)]
    [InlineData(1001, 0)]
    public void Between_includes_both_bounds_of_a_whole_number_column(int employees, int expected)
    {
        ModelWith(new ScoringModelBuilder().FitRule("Company size 200–1000", "numberofemployees", RuleOperator.Between, "200", 15, valueTo: "1,000"));

        var leadId = new LeadBuilder().With("numberofemployees", employees).CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Theory]
    [InlineData(999_999.99, 0)]
    [InlineData(1_000_000, 20)]
    public void A_money_column_compares_its_amount(double revenue, int expected)
    {
        ModelWith(new ScoringModelBuilder().FitRule("Revenue over a million", "revenue", RuleOperator.GreaterThanOrEqual, "1,000,000", 20));

        var leadId = new LeadBuilder().With("revenue", new Money((decimal)revenue)).CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Fact]
    public void An_option_set_column_matches_by_option_value()
    {
        ModelWith(new ScoringModelBuilder().FitRule("Consulting", "industrycode", RuleOperator.Equals, "7", 10));

        var consulting = new LeadBuilder().With("industrycode", new OptionSetValue(7)).CreateIn(scenario.Marketing);
        var legal = new LeadBuilder().With("industrycode", new OptionSetValue(21)).CreateIn(scenario.Marketing);

        Assert.Equal(10, ScoredLeads.Read(scenario.Marketing, consulting).FitScore());
        Assert.Equal(0, ScoredLeads.Read(scenario.Marketing, legal).FitScore());
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(1, 30)]
    [InlineData(3, 0)]
    public void An_option_set_column_matches_one_of_several_option_values(int timeframe, int expected)
    {
        ModelWith(new ScoringModelBuilder().FitRule("Buying soon", "purchasetimeframe", RuleOperator.InList, "0;1", 30));

        var leadId = new LeadBuilder().With("purchasetimeframe", new OptionSetValue(timeframe)).CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Theory]
    [InlineData(true, 20)]
    [InlineData(false, 0)]
    public void A_yes_no_column_matches_yes(bool decisionMaker, int expected)
    {
        ModelWith(new ScoringModelBuilder().FitRule("Decision maker", "decisionmaker", RuleOperator.Equals, "yes", 20));

        var leadId = new LeadBuilder().With("decisionmaker", decisionMaker).CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Fact]
    public void A_lookup_column_scores_whether_it_is_set()
    {
        ModelWith(new ScoringModelBuilder()
            .FitRule("Existing customer", "parentaccountid", RuleOperator.IsSet, null, 15)
            .FitRule("Unknown company", "parentaccountid", RuleOperator.IsNotSet, null, -5));
        var accountId = scenario.System.Create(new Entity("account") { ["name"] = "Contoso" });

        var customer = new LeadBuilder().With("parentaccountid", new EntityReference("account", accountId)).CreateIn(scenario.Marketing);
        var stranger = new LeadBuilder().CreateIn(scenario.Marketing);

        Assert.Equal(15, ScoredLeads.Read(scenario.Marketing, customer).FitScore());
        Assert.Equal(-5, ScoredLeads.Read(scenario.Marketing, stranger).FitScore());
    }

    [Fact]
    public void A_lookup_column_matches_a_specific_record()
    {
        var accountId = scenario.System.Create(new Entity("account") { ["name"] = "Contoso" });
        var otherId = scenario.System.Create(new Entity("account") { ["name"] = "Fabrikam" });
        ModelWith(new ScoringModelBuilder().FitRule("Key account", "parentaccountid", RuleOperator.Equals, accountId.ToString(), 25));

        var keyAccount = new LeadBuilder().With("parentaccountid", new EntityReference("account", accountId)).CreateIn(scenario.Marketing);
        var other = new LeadBuilder().With("parentaccountid", new EntityReference("account", otherId)).CreateIn(scenario.Marketing);

        Assert.Equal(25, ScoredLeads.Read(scenario.Marketing, keyAccount).FitScore());
        Assert.Equal(0, ScoredLeads.Read(scenario.Marketing, other).FitScore());
    }

    [Theory]
    [InlineData("dana@gmail.com", -20)]
    [InlineData("dana@WEB.DE", -20)]
    [InlineData("dana.berger@contoso.com", 5)]
    public void Free_mail_domains_give_negative_points(string email, int expected)
    {
        ModelWith(new ScoringModelBuilder()
            .FitRule("Free mail", "emailaddress1", RuleOperator.EmailDomainInList, "gmail.com; @web.de", -20)
            .FitRule("Business mail", "emailaddress1", RuleOperator.EmailDomainNotInList, "gmail.com; @web.de", 5));

        var leadId = new LeadBuilder().Email(email).CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Fact]
    public void An_or_group_counts_its_strongest_matching_rule_once()
    {
        ModelWith(new ScoringModelBuilder()
            .FitRule("CTO", "jobtitle", RuleOperator.ContainsAnyKeyword, "cto", 30, group: "Seniority", logic: GroupLogic.Any)
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 40, group: "Seniority", logic: GroupLogic.Any));

        var leadId = new LeadBuilder().JobTitle("CTO and Head of Development").CreateIn(scenario.Marketing);

        Assert.Equal(40, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Theory]
    [InlineData(true, 50_000, 35)]
    [InlineData(true, 5_000, 0)]
    [InlineData(false, 50_000, 0)]
    public void An_and_group_scores_only_when_every_rule_matches(bool decisionMaker, int budget, int expected)
    {
        ModelWith(new ScoringModelBuilder()
            .FitRule("Decision maker", "decisionmaker", RuleOperator.Equals, "true", 20, group: "Authority and budget")
            .FitRule("Budget over 10,000", "budgetamount", RuleOperator.GreaterThan, "10000", 15, group: "Authority and budget"));

        var leadId = new LeadBuilder().With("decisionmaker", decisionMaker).With("budgetamount", new Money(budget)).CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Fact]
    public void An_unset_column_matches_no_negated_operator()
    {
        ModelWith(new ScoringModelBuilder().FitRule("Not an intern", "jobtitle", RuleOperator.DoesNotContain, "intern", 10));

        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);

        Assert.Equal(0, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Theory]
    [InlineData(65, Grade.A)]
    [InlineData(45, Grade.B)]
    [InlineData(20, Grade.C)]
    [InlineData(-5, Grade.D)]
    public void The_grade_follows_the_models_thresholds(int points, Grade expected)
    {
        ModelWith(new ScoringModelBuilder().Thresholds(a: 60, b: 40, c: 20).FitRule("Job title set", "jobtitle", RuleOperator.IsSet, null, points));

        var leadId = new LeadBuilder().JobTitle("Engineer").CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).Grade());
    }

    private void ModelWith(ScoringModelBuilder model) => model.CreateIn(scenario.System);
}
