using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.XrmSdk.Tests;

public sealed class QueryTests
{
    [Fact]
    public void Column_set_keeps_the_columns_in_order_with_duplicates()
    {
        var columns = new ColumnSet("subject", "fullname", "subject");

        Assert.False(columns.AllColumns);
        Assert.Equal(new[] { "subject", "fullname", "subject" }, columns.Columns);
    }

    [Fact]
    public void Column_set_of_all_columns_lists_none()
    {
        var columns = new ColumnSet(true);

        Assert.True(columns.AllColumns);
        Assert.Empty(columns.Columns);
    }

    [Fact]
    public void New_query_expression_has_an_empty_column_set_an_And_filter_and_paging()
    {
        var query = new QueryExpression("lead");

        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.NotNull(query.PageInfo);
        Assert.Null(query.TopCount);
    }

    [Fact]
    public void AddCondition_spreads_its_values()
    {
        var filter = new FilterExpression();

        filter.AddCondition("statuscode", ConditionOperator.In, 1, 2);

        var condition = Assert.Single(filter.Conditions);
        Assert.Equal(("statuscode", ConditionOperator.In, (string?)null), (condition.AttributeName, condition.Operator, condition.EntityName));
        Assert.Equal(new object[] { 1, 2 }, condition.Values);
    }

    [Fact]
    public void AddCondition_with_a_table_name_targets_a_linked_table()
    {
        var filter = new FilterExpression();

        filter.AddCondition("contact", "emailaddress1", ConditionOperator.Equal, "a@b.c");

        var condition = Assert.Single(filter.Conditions);
        Assert.Equal("contact", condition.EntityName);
        Assert.Equal(new object[] { "a@b.c" }, condition.Values);
    }

    [Fact]
    public void Condition_keeps_a_single_object_as_one_value_and_spreads_a_collection()
    {
        var single = new ConditionExpression("subject", ConditionOperator.Equal, (object)"abc");
        var array = new ConditionExpression("statuscode", ConditionOperator.In, (object)new[] { 1, 2 });
        var collection = new ConditionExpression("statuscode", ConditionOperator.In, new List<int> { 1, 2 });
        var none = new ConditionExpression("subject", ConditionOperator.Null);

        Assert.Equal(new object[] { "abc" }, single.Values);
        Assert.Single(array.Values);
        Assert.Equal(new object[] { 1, 2 }, collection.Values);
        Assert.Empty(none.Values);
    }

    [Fact]
    public void Condition_comparing_columns_keeps_the_other_column_name_as_value()
    {
        var condition = new ConditionExpression("createdon", ConditionOperator.Equal, true, "modifiedon");

        Assert.True(condition.CompareColumns);
        Assert.Equal(new object[] { "modifiedon" }, condition.Values);
    }

    [Fact]
    public void AddFilter_returns_the_added_child_with_its_operator()
    {
        var filter = new FilterExpression();

        var child = filter.AddFilter(LogicalOperator.Or);

        Assert.Same(child, Assert.Single(filter.Filters));
        Assert.Equal(LogicalOperator.Or, child.FilterOperator);
    }

    [Fact]
    public void AddLink_joins_from_the_query_table_with_an_inner_join_by_default()
    {
        var query = new QueryExpression("lead");

        var link = query.AddLink("contact", "parentcontactid", "contactid");

        Assert.Same(link, Assert.Single(query.LinkEntities));
        Assert.Equal(("lead", "contact", "parentcontactid", "contactid"), (link.LinkFromEntityName, link.LinkToEntityName, link.LinkFromAttributeName, link.LinkToAttributeName));
        Assert.Equal(JoinOperator.Inner, link.JoinOperator);
        Assert.NotNull(link.LinkCriteria);
        Assert.False(link.Columns.AllColumns);
    }

    [Fact]
    public void Nested_AddLink_keeps_the_from_table_of_the_outer_link()
    {
        var link = new LinkEntity("lead", "contact", "parentcontactid", "contactid", JoinOperator.LeftOuter);

        var nested = link.AddLink("account", "parentcustomerid", "accountid", JoinOperator.LeftOuter);

        Assert.Equal(("lead", "account", JoinOperator.LeftOuter), (nested.LinkFromEntityName, nested.LinkToEntityName, nested.JoinOperator));
    }

    [Fact]
    public void AddOrder_records_attribute_direction_alias_and_table()
    {
        var query = new QueryExpression("lead");

        query.AddOrder("createdon", OrderType.Descending);
        query.AddOrder("fullname", OrderType.Ascending, "c", "contact");

        Assert.Equal(("createdon", OrderType.Descending, (string?)null), (query.Orders[0].AttributeName, query.Orders[0].OrderType, query.Orders[0].Alias));
        Assert.Equal(("c", "contact"), (query.Orders[1].Alias, query.Orders[1].EntityName));
    }

    [Fact]
    public void Query_by_attribute_pairs_attributes_with_values_and_has_no_column_set()
    {
        var query = new QueryByAttribute("lead");

        query.AddAttributeValue("statecode", 0);

        Assert.Equal(new[] { "statecode" }, query.Attributes);
        Assert.Equal(new object[] { 0 }, query.Values);
        Assert.Null(query.ColumnSet);
    }

    [Theory]
    [InlineData(ConditionOperator.Equal, 0)]
    [InlineData(ConditionOperator.In, 8)]
    [InlineData(ConditionOperator.Null, 12)]
    [InlineData(ConditionOperator.OnOrBefore, 26)]
    [InlineData(ConditionOperator.LastXDays, 33)]
    [InlineData(ConditionOperator.BeginsWith, 54)]
    [InlineData(ConditionOperator.OlderThanXMinutes, 86)]
    [InlineData(ConditionOperator.DoesNotContainValues, 88)]
    public void Condition_operators_carry_the_platform_values(ConditionOperator conditionOperator, int value)
    {
        Assert.Equal(value, (int)conditionOperator);
    }
}
