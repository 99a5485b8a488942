using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

public class ConditionTests
{
    private static readonly Guid OtherAccount = new("a1b2c3d4-0000-0000-0000-000000000002");

    [Theory]
    [InlineData(RuleOperator.Equals, "head of development", " Head  of Development ", true)]
    [InlineData(RuleOperator.Equals, "head of development", "Head of Purchasing", false)]
    [InlineData(RuleOperator.DoesNotEqual, "CTO", "CEO", true)]
    [InlineData(RuleOperator.DoesNotEqual, "CTO", "cto", false)]
    [InlineData(RuleOperator.Contains, "develop", "Head of Development", true)]
    [InlineData(RuleOperator.Contains, "purchas", "Head of Development", false)]
    [InlineData(RuleOperator.DoesNotContain, "intern", "Head of Development", true)]
    [InlineData(RuleOperator.DoesNotContain, "intern", "Marketing Intern", false)]
    [InlineData(RuleOperator.BeginsWith, "head", "Head of Development", true)]
    [InlineData(RuleOperator.BeginsWith, "development", "Head of Development", false)]
    [InlineData(RuleOperator.EndsWith, "development", "Head of Development", true)]
    [InlineData(RuleOperator.EndsWith, "head", "Head of Development", false)]
    [InlineData(RuleOperator.InList, "CTO; CIO ;VP Engineering", "cio", true)]
    [InlineData(RuleOperator.InList, "CTO;CIO", "CTO Assistant", false)]
    [InlineData(RuleOperator.NotInList, "Student;Intern", "CTO", true)]
    [InlineData(RuleOperator.NotInList, "Student;Intern", "student", false)]
    public void Text_operators_compare_trimmed_and_case_insensitive(RuleOperator ruleOperator, string value, string jobTitle, bool expected)
    {
        var condition = Condition.Compile("jobtitle", new ColumnDefinition(ColumnKind.Text), ruleOperator, value);

        Assert.Equal(expected, condition.Matches(ScoringScenario.LeadWithTitle(jobTitle)));
    }

    [Theory]
    [InlineData("Head of Development EMEA", true)]
    [InlineData("CTO / Founder", true)]
    [InlineData("Director of Sales", false)]
    [InlineData("Head of Developments", false)]
    public void Keywords_match_as_whole_words_or_phrases(string jobTitle, bool expected)
    {
        var condition = Condition.Compile("jobtitle", new ColumnDefinition(ColumnKind.Text), RuleOperator.ContainsAnyKeyword, "CTO;head of development");

        Assert.Equal(expected, condition.Matches(ScoringScenario.LeadWithTitle(jobTitle)));
    }

    [Theory]
    [InlineData(RuleOperator.EmailDomainInList, "anna@GMAIL.com", true)]
    [InlineData(RuleOperator.EmailDomainInList, "anna@contoso.com", false)]
    [InlineData(RuleOperator.EmailDomainNotInList, "anna@contoso.com", true)]
    [InlineData(RuleOperator.EmailDomainNotInList, "anna@web.de", false)]
    [InlineData(RuleOperator.EmailDomainNotInList, "not an address", false)]
    public void Email_domain_operators_read_the_domain_of_the_address(RuleOperator ruleOperator, string address, bool expected)
    {
        var condition = Condition.Compile("emailaddress1", new ColumnDefinition(ColumnKind.Text), ruleOperator, "gmail.com;@web.de");

        Assert.Equal(expected, condition.Matches(ScoringScenario.Lead("emailaddress1", ColumnValue.Text(address))));
    }

    [Theory]
    [InlineData(RuleOperator.Equals, "250", 250, true)]
    [InlineData(RuleOperator.DoesNotEqual, "250", 250, false)]
    [InlineData(RuleOperator.GreaterThan, "250", 250, false)]
    [InlineData(RuleOperator.GreaterThanOrEqual, "250", 250, true)]
    [InlineData(RuleOperator.LessThan, "250", 249.99, true)]
    [InlineData(RuleOperator.LessThanOrEqual, "250", 250.01, false)]
    [InlineData(RuleOperator.InList, "10;50;250", 50, true)]
    [InlineData(RuleOperator.NotInList, "10;50;250", 50, false)]
    [InlineData(RuleOperator.GreaterThan, "1,000,000.50", 1000001, true)]
    public void Number_operators_compare_numbers(RuleOperator ruleOperator, string value, double employees, bool expected)
    {
        var condition = Condition.Compile("numberofemployees", new ColumnDefinition(ColumnKind.Number), ruleOperator, value);

        Assert.Equal(expected, condition.Matches(ScoringScenario.Lead("numberofemployees", ColumnValue.Number((decimal)employees))));
    }

    [Theory]
    [InlineData(199, false)]
    [InlineData(200, true)]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void Between_includes_both_bounds(int employees, bool expected)
    {
        var condition = Condition.Compile("numberofemployees", new ColumnDefinition(ColumnKind.Number), RuleOperator.Between, "200", "1000");

        Assert.Equal(expected, condition.Matches(ScoringScenario.Lead("numberofemployees", ColumnValue.Number(employees))));
    }

    [Theory]
    [InlineData(RuleOperator.Equals, "3", 3, true)]
    [InlineData(RuleOperator.Equals, "3", 4, false)]
    [InlineData(RuleOperator.DoesNotEqual, "3", 4, true)]
    [InlineData(RuleOperator.InList, "1;3", 3, true)]
    [InlineData(RuleOperator.NotInList, "1;3", 3, false)]
    public void Choice_operators_compare_option_values(RuleOperator ruleOperator, string value, int industry, bool expected)
    {
        var condition = Condition.Compile("industrycode", new ColumnDefinition(ColumnKind.OptionSet, new[] { 1, 2, 3, 4, 5 }), ruleOperator, value);

        Assert.Equal(expected, condition.Matches(ScoringScenario.Lead("industrycode", ColumnValue.Option(industry))));
    }

    [Theory]
    [InlineData(RuleOperator.Contains, "10;20", true)]
    [InlineData(RuleOperator.Contains, "10;30", false)]
    [InlineData(RuleOperator.InList, "30;20", true)]
    [InlineData(RuleOperator.NotInList, "30", true)]
    [InlineData(RuleOperator.NotInList, "20;30", false)]
    public void Multi_select_operators_test_the_chosen_options(RuleOperator ruleOperator, string value, bool expected)
    {
        var condition = Condition.Compile("new_products", new ColumnDefinition(ColumnKind.MultiOptionSet, new[] { 10, 20, 30 }), ruleOperator, value);

        Assert.Equal(expected, condition.Matches(ScoringScenario.Lead("new_products", ColumnValue.Options(new[] { 10, 20 }))));
    }

    [Theory]
    [InlineData(RuleOperator.Equals, "yes", true, true)]
    [InlineData(RuleOperator.Equals, "true", false, false)]
    [InlineData(RuleOperator.DoesNotEqual, "1", false, true)]
    public void Yes_no_operators_compare_the_flag(RuleOperator ruleOperator, string value, bool decisionMaker, bool expected)
    {
        var condition = Condition.Compile("decisionmaker", new ColumnDefinition(ColumnKind.Boolean), ruleOperator, value);

        Assert.Equal(expected, condition.Matches(ScoringScenario.Lead("decisionmaker", ColumnValue.Boolean(decisionMaker))));
    }

    [Fact]
    public void A_lookup_equals_only_the_record_it_names()
    {
        var condition = Condition.Compile("parentaccountid", new ColumnDefinition(ColumnKind.Lookup), RuleOperator.Equals, ScoringScenario.KeyAccount.ToString());

        Assert.True(condition.Matches(ScoringScenario.Lead("parentaccountid", ColumnValue.Lookup(ScoringScenario.KeyAccount))));
        Assert.False(condition.Matches(ScoringScenario.Lead("parentaccountid", ColumnValue.Lookup(OtherAccount))));
    }

    [Theory]
    [InlineData(ColumnKind.Text)]
    [InlineData(ColumnKind.Number)]
    [InlineData(ColumnKind.OptionSet)]
    [InlineData(ColumnKind.MultiOptionSet)]
    [InlineData(ColumnKind.Boolean)]
    [InlineData(ColumnKind.Lookup)]
    [InlineData(ColumnKind.DateTime)]
    public void Is_set_and_is_not_set_work_for_every_kind_of_column(ColumnKind kind)
    {
        var isSet = Condition.Compile("column", new ColumnDefinition(kind), RuleOperator.IsSet, null);
        var isNotSet = Condition.Compile("column", new ColumnDefinition(kind), RuleOperator.IsNotSet, null);
        var lead = ScoringScenario.Lead("column", SampleOf(kind));

        Assert.True(isSet.Matches(lead));
        Assert.False(isNotSet.Matches(lead));
        Assert.False(isSet.Matches(ColumnValues.None));
        Assert.True(isNotSet.Matches(ColumnValues.None));
    }

    [Theory]
    [InlineData(RuleOperator.DoesNotEqual, "CTO")]
    [InlineData(RuleOperator.DoesNotContain, "intern")]
    [InlineData(RuleOperator.NotInList, "Student;Intern")]
    [InlineData(RuleOperator.EmailDomainNotInList, "gmail.com")]
    public void A_column_that_is_not_set_matches_no_negative_condition(RuleOperator ruleOperator, string value)
    {
        var condition = Condition.Compile("jobtitle", new ColumnDefinition(ColumnKind.Text), ruleOperator, value);

        Assert.False(condition.Matches(ColumnValues.None));
    }

    [Fact]
    public void Empty_text_counts_as_not_set()
    {
        var isNotSet = Condition.Compile("jobtitle", new ColumnDefinition(ColumnKind.Text), RuleOperator.IsNotSet, null);

        Assert.True(isNotSet.Matches(ScoringScenario.LeadWithTitle("   ")));
    }

    [Fact]
    public void A_condition_with_a_bad_value_is_not_compiled()
    {
        var failure = Assert.Throws<ArgumentException>(() =>
            Condition.Compile("revenue", new ColumnDefinition(ColumnKind.Number), RuleOperator.GreaterThan, "ten"));

        Assert.StartsWith("Value 'ten' is not a number.", failure.Message, StringComparison.Ordinal);
    }

    private static ColumnValue SampleOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => ColumnValue.Text("x"),
        ColumnKind.Number => ColumnValue.Number(0),
        ColumnKind.OptionSet => ColumnValue.Option(1),
        ColumnKind.MultiOptionSet => ColumnValue.Options(new[] { 1 }),
        ColumnKind.Boolean => ColumnValue.Boolean(false),
        ColumnKind.Lookup => ColumnValue.Lookup(ScoringScenario.KeyAccount),
        _ => ColumnValue.Moment(ScoringScenario.Monday),
    };
}
