using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class AggregateTests
{
    private readonly QueryScenario scenario = new();

    private static object? Aliased(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value;

    [Fact]
    public void Count_counts_rows_as_int()
    {
        scenario.Lead("a");
        scenario.Lead("b");

        var row = scenario.Fetch("""<fetch aggregate="true"><entity name="lead"><attribute name="leadid" alias="n" aggregate="count" /></entity></fetch>""").Entities.Single();

        Assert.Equal(2, Aliased(row, "n"));
    }

    [Fact]
    public void Count_over_no_rows_is_zero()
    {
        var row = scenario.Fetch("""<fetch aggregate="true"><entity name="lead"><attribute name="leadid" alias="n" aggregate="count" /></entity></fetch>""").Entities.Single();

        Assert.Equal(0, Aliased(row, "n"));
    }

    [Fact]
    public void Countcolumn_counts_non_null_values_and_distinct_ones_when_asked()
    {
        scenario.Lead("a", ("subject", "Demo"));
        scenario.Lead("b", ("subject", "demo"));
        scenario.Lead("c", ("subject", "Pricing"));
        scenario.Lead("d");

        var row = scenario.Fetch("""
            <fetch aggregate="true"><entity name="lead">
              <attribute name="subject" alias="all" aggregate="countcolumn" />
              <attribute name="subject" alias="different" aggregate="countcolumn" distinct="true" />
            </entity></fetch>
            """).Entities.Single();

        Assert.Equal(3, Aliased(row, "all"));
        Assert.Equal(2, Aliased(row, "different"));
    }

    [Fact]
    public void Sum_min_and_max_of_money_are_Money()
    {
        scenario.Lead("a", ("revenue", new Money(10m)));
        scenario.Lead("b", ("revenue", new Money(32.5m)));
        scenario.Lead("c");

        var row = scenario.Fetch("""
            <fetch aggregate="true"><entity name="lead">
              <attribute name="revenue" alias="total" aggregate="sum" />
              <attribute name="revenue" alias="least" aggregate="min" />
              <attribute name="revenue" alias="most" aggregate="max" />
              <attribute name="revenue" alias="mean" aggregate="avg" />
            </entity></fetch>
            """).Entities.Single();

        Assert.Equal(42.5m, ((Money)Aliased(row, "total")!).Value);
        Assert.Equal(10m, ((Money)Aliased(row, "least")!).Value);
        Assert.Equal(32.5m, ((Money)Aliased(row, "most")!).Value);
        Assert.Equal(21.25m, ((Money)Aliased(row, "mean")!).Value);
    }

    [Fact]
    public void Sum_of_whole_numbers_is_int_and_their_average_is_truncated()
    {
        scenario.Lead("a", ("numberofemployees", 10));
        scenario.Lead("b", ("numberofemployees", 15));

        var row = scenario.Fetch("""
            <fetch aggregate="true"><entity name="lead">
              <attribute name="numberofemployees" alias="total" aggregate="sum" />
              <attribute name="numberofemployees" alias="mean" aggregate="avg" />
            </entity></fetch>
            """).Entities.Single();

        Assert.Equal(25, Aliased(row, "total"));
        Assert.Equal(12, Aliased(row, "mean"));
    }

    [Fact]
    public void Group_by_an_option_set_gives_one_row_per_option_with_its_label()
    {
        scenario.Lead("a", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeA)));
        scenario.Lead("b", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeA)));
        scenario.Lead("c", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeC)));

        var rows = scenario.Fetch($"""
            <fetch aggregate="true"><entity name="lead">
              <attribute name="{SalesMetadata.Grade}" alias="grade" groupby="true" />
              <attribute name="leadid" alias="n" aggregate="count" />
              <order alias="n" descending="true" />
            </entity></fetch>
            """).Entities;

        Assert.Equal([SalesMetadata.GradeA, SalesMetadata.GradeC], rows.Select(r => ((OptionSetValue)Aliased(r, "grade")!).Value));
        Assert.Equal([2, 1], rows.Select(r => Aliased(r, "n")));
        Assert.Equal("A", rows[0].FormattedValues["grade"]);
    }

    [Fact]
    public void Group_by_a_lookup_gives_named_references()
    {
        var carl = scenario.Contact("Carl");
        scenario.Lead("a", ("parentcontactid", carl.ToEntityReference()));
        scenario.Lead("b", ("parentcontactid", carl.ToEntityReference()));

        var row = scenario.Fetch("""
            <fetch aggregate="true"><entity name="lead">
              <attribute name="parentcontactid" alias="contact" groupby="true" />
              <attribute name="leadid" alias="n" aggregate="count" />
            </entity></fetch>
            """).Entities.Single();

        var contact = (EntityReference)Aliased(row, "contact")!;
        Assert.Equal(carl.Id, contact.Id);
        Assert.Equal("Carl", contact.Name);
        Assert.Equal(2, Aliased(row, "n"));
    }

    [Theory]
    [InlineData("day", 20, 21)]
    [InlineData("week", 47, 47)]
    [InlineData("month", 11, 11)]
    [InlineData("quarter", 4, 4)]
    [InlineData("year", 2026, 2026)]
    public void Date_grouping_groups_by_the_part_of_the_date(string grouping, int first, int second)
    {
        scenario.Lead("a", (SalesMetadata.ScoredOn, new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc)));
        scenario.Lead("b", (SalesMetadata.ScoredOn, new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc)));

        var rows = scenario.Fetch($"""
            <fetch aggregate="true"><entity name="lead">
              <attribute name="{SalesMetadata.ScoredOn}" alias="part" groupby="true" dategrouping="{grouping}" />
              <attribute name="leadid" alias="n" aggregate="count" />
            </entity></fetch>
            """).Entities;

        Assert.Equal(new[] { first, second }.Distinct(), rows.Select(r => (int)Aliased(r, "part")!));
    }

    [Fact]
    public void Group_by_a_link_column_groups_the_joined_rows()
    {
        var carl = scenario.Contact("Carl", ("emailaddress1", "carl@contoso.com"));
        var lead = scenario.Lead("a", ("parentcontactid", carl.ToEntityReference()));
        scenario.Interaction(lead, SalesMetadata.Webinar, QueryScenario.Now);
        scenario.Interaction(lead, SalesMetadata.Download, QueryScenario.Now);

        var row = scenario.Fetch($"""
            <fetch aggregate="true"><entity name="{SalesMetadata.Interaction}">
              <attribute name="activityid" alias="touches" aggregate="count" />
              <link-entity name="lead" from="leadid" to="regardingobjectid" alias="l">
                <attribute name="fullname" alias="lead" groupby="true" />
              </link-entity>
            </entity></fetch>
            """).Entities.Single();

        Assert.Equal("a", Aliased(row, "lead"));
        Assert.Equal(2, Aliased(row, "touches"));
    }

    [Fact]
    public void An_aggregate_over_more_than_50000_rows_is_refused()
    {
        for (var i = 0; i < 50_001; i++)
        {
            scenario.Store.Add(new Entity("lead"));
        }

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.Fetch("""<fetch aggregate="true"><entity name="lead"><attribute name="leadid" alias="n" aggregate="count" /></entity></fetch>"""));

        Assert.Equal(-2147164125, fault.Detail.ErrorCode);
        Assert.Equal("AggregateQueryRecordLimit exceeded. Cannot perform this operation.", fault.Detail.Message);
    }

    [Fact]
    public void Sum_over_null_values_only_is_zero_and_avg_is_left_out()
    {
        scenario.Lead("a");

        var row = scenario.Fetch("""
            <fetch aggregate="true"><entity name="lead">
              <attribute name="numberofemployees" alias="total" aggregate="sum" />
              <attribute name="numberofemployees" alias="mean" aggregate="avg" />
            </entity></fetch>
            """).Entities.Single();

        Assert.Equal(0, Aliased(row, "total"));
        Assert.False(row.Contains("mean"));
    }

    [Fact]
    public void Aggregatelimit_lowers_the_record_limit()
    {
        scenario.Lead("a");
        scenario.Lead("b");

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.Fetch("""<fetch aggregate="true" aggregatelimit="1"><entity name="lead"><attribute name="leadid" alias="n" aggregate="count" /></entity></fetch>"""));

        Assert.Equal(-2147164125, fault.Detail.ErrorCode);
    }

    [Fact]
    public void An_aggregate_attribute_without_alias_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.Fetch("""<fetch aggregate="true"><entity name="lead"><attribute name="leadid" aggregate="count" /></entity></fetch>"""));

        Assert.Equal(-2147217141, fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_plain_attribute_in_an_aggregate_query_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.Fetch("""<fetch aggregate="true"><entity name="lead"><attribute name="fullname" alias="f" /></entity></fetch>"""));

        Assert.Equal(-2147217145, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Sum_of_a_text_column_is_refused()
    {
        Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.Fetch("""<fetch aggregate="true"><entity name="lead"><attribute name="subject" alias="s" aggregate="sum" /></entity></fetch>"""));
    }
}
