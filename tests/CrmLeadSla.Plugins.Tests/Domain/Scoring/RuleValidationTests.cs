using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

public class RuleValidationTests
{
    [Fact]
    public void A_sound_fit_rule_has_no_problems()
    {
        var rule = ScoringScenario.FitRule("Company size", "numberofemployees", RuleOperator.Between, "200", 25) with { ValueTo = "1000" };

        Assert.Empty(ProblemsWith(rule));
    }

    [Fact]
    public void An_unknown_column_is_refused()
    {
        var rule = ScoringScenario.FitRule("Title", "jobtitel", RuleOperator.Equals, "CTO", 10);

        var problem = Assert.Single(ProblemsWith(rule));

        Assert.Equal(new Problem(
            ScoringRuleSchema.Attribute,
            "The lead has no column 'jobtitel'. Enter the logical name of one of its columns, such as jobtitle, in Attribute (lsla_attribute)."), problem);
    }

    [Fact]
    public void An_operator_that_does_not_fit_the_column_is_refused()
    {
        var rule = ScoringScenario.FitRule("Title", "jobtitle", RuleOperator.Between, "1", 10);

        var problem = Assert.Single(ProblemsWith(rule));

        Assert.Equal(ScoringRuleSchema.Operator, problem.Field);
        Assert.StartsWith("Operator 'Between' does not fit 'jobtitle', a text column. Choose one of Equals, Does not equal,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_number_where_a_number_is_needed_is_refused()
    {
        var rule = ScoringScenario.FitRule("Revenue", "revenue", RuleOperator.GreaterThan, "ten", 10);

        Assert.Equal(
            new Problem(ScoringRuleSchema.Value, "Value 'ten' is not a number. Enter a number such as 250000 in Value (lsla_value)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void Between_without_an_upper_bound_is_refused()
    {
        var rule = ScoringScenario.FitRule("Company size", "numberofemployees", RuleOperator.Between, "200", 25);

        Assert.Equal(
            new Problem(ScoringRuleSchema.ValueTo, "Between needs an upper bound. Enter the largest number that counts, such as 1000, in Value To (lsla_valueto)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void Between_with_bounds_in_the_wrong_order_is_refused()
    {
        var rule = ScoringScenario.FitRule("Company size", "numberofemployees", RuleOperator.Between, "1000", 25) with { ValueTo = "200" };

        Assert.Equal(
            new Problem(
                ScoringRuleSchema.ValueTo,
                "The lower bound 1000 is greater than the upper bound 200. Enter the smaller number in Value (lsla_value) and the larger in Value To (lsla_valueto)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void An_empty_list_is_refused()
    {
        var rule = ScoringScenario.FitRule("Free mail", "emailaddress1", RuleOperator.EmailDomainInList, " ; ;", -10);

        Assert.Equal(
            new Problem(ScoringRuleSchema.Value, "The list in Value (lsla_value) is empty. Enter the entries separated by semicolons, e.g. gmail.com;web.de."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void An_option_value_outside_the_columns_option_set_is_refused()
    {
        var rule = ScoringScenario.FitRule("Industry", "industrycode", RuleOperator.InList, "2;9", 10);

        Assert.Equal(
            new Problem(ScoringRuleSchema.Value, "Option value 9 is not an option of 'industrycode'. Enter one of 1, 2, 3, 4, 5 in Value (lsla_value)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void A_behaviour_rule_without_an_interaction_type_is_refused()
    {
        var rule = ScoringScenario.BehaviourRule("Webinar", InteractionType.WebinarAttendance, 10) with { InteractionType = null };

        Assert.Equal(
            new Problem(ScoringRuleSchema.InteractionType, "A behaviour rule counts one kind of interaction. Choose it in Interaction Type (lsla_interactiontype)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void A_negative_cap_is_refused()
    {
        var rule = ScoringScenario.BehaviourRule("Visits", InteractionType.WebsiteVisit, 5, maxPoints: -5);

        Assert.Equal(
            new Problem(ScoringRuleSchema.MaxPoints, "The cap cannot be negative (it is -5). Enter 0 or more in Maximum Points (lsla_maxpoints), or leave it empty for no cap."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void A_fit_rule_with_a_cap_is_refused()
    {
        var rule = ScoringScenario.FitRule("CTO", "jobtitle", RuleOperator.Equals, "CTO", 40) with { MaxPoints = 100 };

        Assert.Equal(
            new Problem(ScoringRuleSchema.MaxPoints, "A fit rule gives its points once, so it takes no cap. Clear Maximum Points (lsla_maxpoints)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void A_behaviour_filter_on_an_unknown_interaction_column_is_refused()
    {
        var rule = ScoringScenario.BehaviourRule("Pricing page", InteractionType.WebsiteVisit, 20) with
        {
            Attribute = "new_page", Operator = RuleOperator.Contains, Value = "/pricing",
        };

        Assert.Equal(ScoringRuleSchema.Attribute, Assert.Single(ProblemsWith(rule)).Field);
    }

    [Fact]
    public void Every_problem_of_a_rule_is_reported_at_once()
    {
        var rule = new ScoringRule(Guid.NewGuid(), " ", RuleCategory.Fit, 10) { Attribute = "revenue", Operator = RuleOperator.Between, Value = "lots", MaxPoints = 5 };

        var fields = ProblemsWith(rule).Select(problem => problem.Field);

        Assert.Equal(new[] { ScoringRuleSchema.Name, ScoringRuleSchema.MaxPoints, ScoringRuleSchema.Value, ScoringRuleSchema.ValueTo }, fields);
    }

    [Fact]
    public void Grade_thresholds_out_of_order_are_refused()
    {
        var settings = new ModelSettings(new GradeThresholds(50, 60, 10), MqlThreshold: 50);

        Assert.Equal(
            new Problem(
                ScoringModelSchema.GradeAThreshold,
                "Grade A needs more fit points than grade B: the A threshold 50 is not above the B threshold 60. Enter a number above 60 in Grade A Threshold (lsla_gradeathreshold)."),
            InEnglish(Assert.Single(RuleValidation.ProblemsWith(settings))));
    }

    [Fact]
    public void Grade_b_threshold_at_grade_c_threshold_is_refused()
    {
        var settings = new ModelSettings(new GradeThresholds(60, 10, 10), MqlThreshold: 50);

        Assert.Equal(ScoringFields.GradeBThreshold, Assert.Single(RuleValidation.ProblemsWith(settings)).Field);
    }

    [Fact]
    public void A_negative_half_life_is_refused()
    {
        var settings = ScoringScenario.Settings(halfLifeDays: -7);

        Assert.Equal(
            new Problem(
                ScoringModelSchema.DecayHalfLifeDays,
                "The half-life cannot be negative (it is -7). Enter the days after which behaviour points halve, or 0 for no decay, in Decay Half-Life (Days) (lsla_decayhalflifedays)."),
            InEnglish(Assert.Single(RuleValidation.ProblemsWith(settings))));
    }

    [Fact]
    public void A_rule_without_an_operator_is_refused()
    {
        var rule = ScoringScenario.FitRule("Title", "jobtitle", RuleOperator.Equals, "CTO", 10) with { Operator = null };

        Assert.Equal(
            new Problem(ScoringRuleSchema.Operator, "The rule has no operator. Choose how 'jobtitle' is compared in Operator (lsla_operator)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void Text_where_an_option_value_is_needed_is_refused()
    {
        var rule = ScoringScenario.FitRule("Industry", "industrycode", RuleOperator.Equals, "Retail", 10);

        Assert.Equal(
            new Problem(ScoringRuleSchema.Value, "Value 'Retail' is not an option value. Enter the number of an option, such as 1, in Value (lsla_value)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void A_yes_no_value_that_is_neither_is_refused()
    {
        var rule = ScoringScenario.FitRule("Decision maker", "decisionmaker", RuleOperator.Equals, "maybe", 10);

        Assert.Equal(
            new Problem(ScoringRuleSchema.Value, "Value 'maybe' is not yes or no. Enter true or false in Value (lsla_value)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void A_lookup_value_that_is_not_a_record_id_is_refused()
    {
        var rule = ScoringScenario.FitRule("Key account", "parentaccountid", RuleOperator.Equals, "Contoso", 10);

        Assert.Equal(
            new Problem(
                ScoringRuleSchema.Value,
                "Value 'Contoso' is not a record id. Enter the id of the record, such as 5f1c2a3b-0000-0000-0000-000000000001, in Value (lsla_value)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void An_unknown_interaction_type_is_refused()
    {
        // A number no option of the choice has, as an integration could send it; the message quotes it.
        var rule = ScoringScenario.BehaviourRule("Podcast", (InteractionType)271800042, 5);

        Assert.Equal(
            new Problem(ScoringRuleSchema.InteractionType, "271800042 is not an interaction type. Choose one in Interaction Type (lsla_interactiontype)."),
            Assert.Single(ProblemsWith(rule)));
    }

    [Fact]
    public void A_negative_mql_threshold_is_refused()
    {
        var settings = ScoringScenario.Settings() with { MqlThreshold = -1 };

        Assert.Equal(ScoringFields.MqlThreshold, Assert.Single(RuleValidation.ProblemsWith(settings)).Field);
    }

    [Fact]
    public void A_model_with_unsound_settings_is_not_compiled()
    {
        var settings = ScoringScenario.Settings(halfLifeDays: -1);

        Assert.Throws<ArgumentException>(() =>
            ScoringModel.Compile(settings, Array.Empty<ScoringRule>(), ScoringScenario.LeadColumns, ScoringScenario.InteractionColumns));
    }

    [Fact]
    public void A_rule_with_problems_is_left_out_of_the_model_and_listed()
    {
        var broken = ScoringScenario.FitRule("Revenue", "revenue", RuleOperator.GreaterThan, "ten", 10);

        var model = ScoringScenario.Model(broken);

        Assert.Empty(model.Fit.Criteria);
        Assert.Equal(broken, Assert.Single(model.SkippedRules).Rule);
    }

    private static IReadOnlyList<Problem> ProblemsWith(ScoringRule rule) =>
        RuleValidation.ProblemsWith(rule, ScoringScenario.LeadColumns, ScoringScenario.InteractionColumns).Select(InEnglish).ToList();

    private static Problem InEnglish(RuleProblem problem) => new(FieldColumns.ColumnOf(problem.Field), problem.Message.In(Language.English, FieldColumns.ColumnOf));

    /// <summary>A problem as an English reader reads it: the column at fault and the message.</summary>
    private sealed record Problem(string Field, string Message);
}
