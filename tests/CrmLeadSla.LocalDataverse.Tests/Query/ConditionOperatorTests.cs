using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class ConditionOperatorTests
{
    private readonly QueryScenario scenario = new();

    public ConditionOperatorTests()
    {
        scenario.Lead("Ann", ("subject", "Pricing request"), ("numberofemployees", 10));
        scenario.Lead("Bob", ("subject", "Demo wanted"), ("numberofemployees", 50));
        scenario.Lead("Cid", ("subject", "price list"), ("numberofemployees", 200));
    }

    [Fact]
    public void Equal_on_text_ignores_case() =>
        Assert.Equal(["Bob"], scenario.LeadsWhere("subject", ConditionOperator.Equal, "DEMO WANTED"));

    [Fact]
    public void Equal_on_text_ignores_accents()
    {
        scenario.Lead("Élodie", ("subject", "Café"));

        Assert.Equal(["Élodie"], scenario.LeadsWhere("subject", ConditionOperator.Equal, "cafe"));
    }

    [Fact]
    public void Not_equal_keeps_the_other_rows() =>
        Assert.Equal(["Ann", "Cid"], scenario.LeadsWhere("numberofemployees", ConditionOperator.NotEqual, 50).Order());

    [Fact]
    public void Greater_than_is_strict() =>
        Assert.Equal(["Cid"], scenario.LeadsWhere("numberofemployees", ConditionOperator.GreaterThan, 50));

    [Fact]
    public void Greater_equal_includes_the_bound() =>
        Assert.Equal(["Bob", "Cid"], scenario.LeadsWhere("numberofemployees", ConditionOperator.GreaterEqual, 50).Order());

    [Fact]
    public void Less_than_is_strict() =>
        Assert.Equal(["Ann"], scenario.LeadsWhere("numberofemployees", ConditionOperator.LessThan, 50));

    [Fact]
    public void Less_equal_includes_the_bound() =>
        Assert.Equal(["Ann", "Bob"], scenario.LeadsWhere("numberofemployees", ConditionOperator.LessEqual, 50).Order());

    [Fact]
    public void Like_percent_matches_any_run_of_characters() =>
        Assert.Equal(["Ann", "Cid"], scenario.LeadsWhere("subject", ConditionOperator.Like, "pric%").Order());

    [Fact]
    public void Like_underscore_matches_one_character() =>
        Assert.Equal(["Bob"], scenario.LeadsWhere("subject", ConditionOperator.Like, "D_mo wanted"));

    [Fact]
    public void Like_brackets_match_one_character_of_a_set() =>
        Assert.Equal(["Ann", "Cid"], scenario.LeadsWhere("subject", ConditionOperator.Like, "pric[eai]%").Order());

    [Fact]
    public void Like_bracket_caret_matches_a_character_outside_the_set() =>
        Assert.Equal(["Ann"], scenario.LeadsWhere("subject", ConditionOperator.Like, "pric[^e]%"));

    [Fact]
    public void Not_like_keeps_what_the_pattern_does_not_match() =>
        Assert.Equal(["Bob"], scenario.LeadsWhere("subject", ConditionOperator.NotLike, "%pric%"));

    [Fact]
    public void Begins_with_matches_a_prefix() =>
        Assert.Equal(["Ann", "Cid"], scenario.LeadsWhere("subject", ConditionOperator.BeginsWith, "PRIC").Order());

    [Fact]
    public void Does_not_begin_with_keeps_the_rest() =>
        Assert.Equal(["Bob"], scenario.LeadsWhere("subject", ConditionOperator.DoesNotBeginWith, "pric"));

    [Fact]
    public void Ends_with_matches_a_suffix() =>
        Assert.Equal(["Cid"], scenario.LeadsWhere("subject", ConditionOperator.EndsWith, "list"));

    [Fact]
    public void Does_not_end_with_keeps_the_rest() =>
        Assert.Equal(["Ann", "Bob"], scenario.LeadsWhere("subject", ConditionOperator.DoesNotEndWith, "list").Order());

    [Fact]
    public void Contains_matches_text_anywhere() =>
        Assert.Equal(["Bob"], scenario.LeadsWhere("subject", ConditionOperator.Contains, "MO WA"));

    [Fact]
    public void Does_not_contain_keeps_the_rest() =>
        Assert.Equal(["Ann", "Cid"], scenario.LeadsWhere("subject", ConditionOperator.DoesNotContain, "demo").Order());

    [Fact]
    public void In_matches_any_listed_value() =>
        Assert.Equal(["Ann", "Cid"], scenario.LeadsWhere("numberofemployees", ConditionOperator.In, 10, 200).Order());

    [Fact]
    public void In_accepts_one_array_of_values()
    {
        var query = new QueryExpression("lead");
        query.Criteria.Conditions.Add(new ConditionExpression("numberofemployees", ConditionOperator.In, new[] { 10, 50 }));

        Assert.Equal(["Ann", "Bob"], scenario.LeadNames(query).Order());
    }

    [Fact]
    public void Not_in_keeps_unlisted_values() =>
        Assert.Equal(["Bob"], scenario.LeadsWhere("numberofemployees", ConditionOperator.NotIn, 10, 200));

    [Fact]
    public void Between_includes_both_bounds() =>
        Assert.Equal(["Ann", "Bob"], scenario.LeadsWhere("numberofemployees", ConditionOperator.Between, 10, 50).Order());

    [Fact]
    public void Not_between_keeps_values_outside_the_bounds() =>
        Assert.Equal(["Cid"], scenario.LeadsWhere("numberofemployees", ConditionOperator.NotBetween, 10, 50));

    [Fact]
    public void Equal_user_id_matches_the_caller()
    {
        scenario.Lead("Mine", ("ownerid", new EntityReference("systemuser", scenario.CallerId)));
        scenario.Lead("Theirs", ("ownerid", new EntityReference("systemuser", Guid.NewGuid())));

        Assert.Equal(["Mine"], scenario.LeadsWhere("ownerid", ConditionOperator.EqualUserId));
    }

    [Fact]
    public void Not_equal_user_id_matches_other_owners()
    {
        scenario.Lead("Mine", ("ownerid", new EntityReference("systemuser", scenario.CallerId)));
        scenario.Lead("Theirs", ("ownerid", new EntityReference("systemuser", Guid.NewGuid())));

        Assert.Equal(["Theirs"], scenario.LeadsWhere("ownerid", ConditionOperator.NotEqualUserId));
    }

    [Fact]
    public void Equal_business_id_matches_the_caller_business_unit()
    {
        scenario.Lead("Ours", ("owningbusinessunit", new EntityReference("businessunit", scenario.BusinessUnitId)));
        scenario.Lead("Other", ("owningbusinessunit", new EntityReference("businessunit", Guid.NewGuid())));

        Assert.Equal(["Ours"], scenario.LeadsWhere("owningbusinessunit", ConditionOperator.EqualBusinessId));
    }

    [Fact]
    public void Contain_values_matches_rows_with_any_of_the_choices()
    {
        scenario.Lead("Pricing fan", (SalesMetadata.Interests, new OptionSetValueCollection([new OptionSetValue(1), new OptionSetValue(2)])));
        scenario.Lead("Support fan", (SalesMetadata.Interests, new OptionSetValueCollection([new OptionSetValue(3)])));

        Assert.Equal(["Pricing fan"], scenario.LeadsWhere(SalesMetadata.Interests, ConditionOperator.ContainValues, 2, 9));
    }

    [Fact]
    public void Does_not_contain_values_matches_rows_with_none_of_the_choices()
    {
        scenario.Lead("Pricing fan", (SalesMetadata.Interests, new OptionSetValueCollection([new OptionSetValue(1), new OptionSetValue(2)])));
        scenario.Lead("Support fan", (SalesMetadata.Interests, new OptionSetValueCollection([new OptionSetValue(3)])));

        Assert.Equal(["Support fan"], scenario.LeadsWhere(SalesMetadata.Interests, ConditionOperator.DoesNotContainValues, 1));
    }

    [Fact]
    public void Nested_filters_combine_and_with_or()
    {
        var query = new QueryExpression("lead");
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.GreaterThan, 5);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("subject", ConditionOperator.BeginsWith, "demo");
        either.AddCondition("numberofemployees", ConditionOperator.Equal, 200);

        Assert.Equal(["Bob", "Cid"], scenario.LeadNames(query).Order());
    }

    [Fact]
    public void Compare_columns_compares_two_columns_of_the_row()
    {
        scenario.Lead("Fit above employees", (SalesMetadata.FitScore, 80), ("numberofemployees", 10));
        scenario.Lead("Fit below employees", (SalesMetadata.FitScore, 5), ("numberofemployees", 10));
        scenario.Lead("No fit", ("numberofemployees", 10));
        var query = new QueryExpression("lead");
        query.Criteria.Conditions.Add(new ConditionExpression(SalesMetadata.FitScore, ConditionOperator.GreaterThan, true, "numberofemployees"));

        Assert.Equal(["Fit above employees"], scenario.LeadNames(query));
    }

    [Fact]
    public void Valueof_compares_two_columns_in_FetchXML()
    {
        scenario.Lead("Same", (SalesMetadata.FitScore, 10), ("numberofemployees", 10));

        var names = scenario.Fetch($"""
            <fetch><entity name="lead"><attribute name="fullname" />
              <filter><condition attribute="{SalesMetadata.FitScore}" operator="eq" valueof="numberofemployees" /></filter>
            </entity></fetch>
            """).Entities.Select(e => e["fullname"]);

        Assert.Equal(["Same"], names);
    }

    [Fact]
    public void Comparing_columns_of_different_types_is_refused()
    {
        var query = new QueryExpression("lead");
        query.Criteria.Conditions.Add(new ConditionExpression("subject", ConditionOperator.Equal, true, "numberofemployees"));

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(query));
    }

    [Fact]
    public void An_unsupported_operator_is_refused_not_ignored()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.LeadsWhere("ownerid", ConditionOperator.EqualUserOrUserHierarchy));

        Assert.Equal(-2147217120, fault.Detail.ErrorCode);
        Assert.Contains("EqualUserOrUserHierarchy", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_operator_on_a_number_column_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.LeadsWhere("numberofemployees", ConditionOperator.Like, "1%"));

        Assert.Equal(-2147217120, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Contain_values_on_a_single_choice_column_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.LeadsWhere(SalesMetadata.Grade, ConditionOperator.ContainValues, SalesMetadata.GradeA));

        Assert.Contains("not a multi-select choice", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.LeadsWhere("numberofemployees", ConditionOperator.Between, 10));

        Assert.Equal(-2147220989, fault.Detail.ErrorCode);
    }
}
