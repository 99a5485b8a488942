using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

public class FitScoringTests
{
    private static readonly ScoringRule HeadOfDevelopment =
        ScoringScenario.FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development;CTO", 40);

    private static readonly ScoringRule HeadOfPurchasing =
        ScoringScenario.FitRule("Head of purchasing", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of purchasing", 10);

    [Fact]
    public void A_head_of_development_outranks_a_head_of_purchasing()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment, HeadOfPurchasing);

        var development = model.Fit.ScoreOf(ScoringScenario.LeadWithTitle("Head of Development EMEA"));
        var purchasing = model.Fit.ScoreOf(ScoringScenario.LeadWithTitle("Head of Purchasing"));

        Assert.True(development.Points > purchasing.Points, $"{development.Points} should exceed {purchasing.Points}");
    }

    [Fact]
    public void Fit_points_are_the_sum_of_the_matching_rules()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment, ScoringScenario.CompanySize);
        var lead = ScoringScenario.LeadWithTitle("CTO").With("numberofemployees", ColumnValue.Number(450));

        var fit = model.Fit.ScoreOf(lead);

        Assert.Equal(65, fit.Points);
        Assert.Equal(new[] { new FitContribution("Head of development", 40), new FitContribution("Company size 200–1000", 25) }, fit.Contributions);
    }

    [Fact]
    public void Negative_points_lower_the_fit()
    {
        var freeMail = ScoringScenario.FitRule("Free mail", "emailaddress1", RuleOperator.EmailDomainInList, "gmail.com;web.de", -15);
        var model = ScoringScenario.Model(HeadOfDevelopment, freeMail);
        var lead = ScoringScenario.LeadWithTitle("CTO").With("emailaddress1", ColumnValue.Text("cto@web.de"));

        Assert.Equal(25, model.Fit.ScoreOf(lead).Points);
    }

    private static readonly ScoringRule CtoInRole =
        ScoringScenario.FitRule("CTO", "jobtitle", RuleOperator.ContainsAnyKeyword, "CTO", 40) with { Group = "Role", GroupLogic = GroupLogic.Any };

    private static readonly ScoringRule HeadOfDevelopmentInRole =
        ScoringScenario.FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 35) with
        {
            Group = " role ", GroupLogic = GroupLogic.Any,
        };

    [Fact]
    public void Rules_of_an_any_group_do_not_stack()
    {
        var model = ScoringScenario.Model(CtoInRole, HeadOfDevelopmentInRole);

        var fit = model.Fit.ScoreOf(ScoringScenario.LeadWithTitle("CTO and Head of Development"));

        Assert.Equal(new FitContribution("CTO", 40), Assert.Single(fit.Contributions));
    }

    [Fact]
    public void An_any_group_counts_its_one_matching_rule()
    {
        var model = ScoringScenario.Model(CtoInRole, HeadOfDevelopmentInRole);

        Assert.Equal(35, model.Fit.ScoreOf(ScoringScenario.LeadWithTitle("Head of Development")).Points);
    }

    [Fact]
    public void An_all_group_counts_only_when_every_rule_matches()
    {
        var decisionMaker = ScoringScenario.FitRule("Decision maker", "decisionmaker", RuleOperator.Equals, "true", 20) with { Group = "Authority and budget" };
        var budget = ScoringScenario.FitRule("Budget over 10k", "revenue", RuleOperator.GreaterThan, "10000", 15) with { Group = "Authority and budget" };
        var model = ScoringScenario.Model(decisionMaker, budget);
        var authorityOnly = ScoringScenario.Lead("decisionmaker", ColumnValue.Boolean(true));
        var both = authorityOnly.With("revenue", ColumnValue.Number(50000));

        Assert.Equal(0, model.Fit.ScoreOf(authorityOnly).Points);
        Assert.Equal(35, model.Fit.ScoreOf(both).Points);
    }

    [Fact]
    public void A_group_whose_rules_disagree_on_the_logic_needs_all_of_them()
    {
        var large = ScoringScenario.FitRule("Large", "numberofemployees", RuleOperator.GreaterThan, "1000", 10) with { Group = "Role", GroupLogic = GroupLogic.All };
        var model = ScoringScenario.Model(CtoInRole, large);

        Assert.Equal(GroupLogic.All, Assert.Single(model.Fit.Criteria).Logic);
    }

    [Fact]
    public void Inactive_rules_do_not_score()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment with { IsActive = false });

        Assert.Equal(0, model.Fit.ScoreOf(ScoringScenario.LeadWithTitle("CTO")).Points);
    }

    [Theory]
    [InlineData(60, Grade.A)]
    [InlineData(59, Grade.B)]
    [InlineData(30, Grade.B)]
    [InlineData(29, Grade.C)]
    [InlineData(10, Grade.C)]
    [InlineData(9, Grade.D)]
    [InlineData(-40, Grade.D)]
    public void Fit_points_at_or_above_a_threshold_reach_its_grade(int fitPoints, Grade grade)
    {
        Assert.Equal(grade, new GradeThresholds(60, 30, 10).GradeFor(fitPoints));
    }

    [Fact]
    public void The_lead_step_filters_on_exactly_the_columns_the_fit_rules_read()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment, HeadOfPurchasing, ScoringScenario.CompanySize, ScoringScenario.BehaviourRule("Visit", InteractionType.WebsiteVisit, 1));

        Assert.Equal(new[] { "jobtitle", "numberofemployees" }, model.Fit.Columns);
    }

    [Fact]
    public void Grade_values_match_the_data_contract()
    {
        // The numbers are the contract itself: the enums must carry them, so they are written out.
        Assert.Equal(new[] { 271800000, 271800001, 271800002, 271800003 }, new[] { Grade.A, Grade.B, Grade.C, Grade.D }.Select(grade => (int)grade));
        Assert.Equal(271800017, (int)RuleOperator.EmailDomainNotInList);
        Assert.Equal(271800008, (int)InteractionType.Unsubscribe);
        Assert.Equal(271800001, (int)RuleCategory.Behaviour);
        Assert.Equal(271800001, (int)GroupLogic.Any);
    }
}
