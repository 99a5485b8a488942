using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class FetchXmlTests
{
    private readonly QueryScenario scenario = new();

    private List<string> Names(string fetchXml) =>
        scenario.Fetch(fetchXml).Entities.Select(e => e.GetAttributeValue<string>("fullname")).ToList();

    private static FaultException<OrganizationServiceFault> Refused(Action run) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(run);

    [Fact]
    public void Attributes_filter_and_order_select_sort_and_restrict()
    {
        scenario.Lead("Bob", ("numberofemployees", 50));
        scenario.Lead("Ann", ("numberofemployees", 10));
        scenario.Lead("Cid", ("numberofemployees", 200));

        var names = Names("""
            <fetch>
              <entity name="lead">
                <attribute name="fullname" />
                <filter type="and"><condition attribute="numberofemployees" operator="le" value="50" /></filter>
                <order attribute="fullname" descending="true" />
              </entity>
            </fetch>
            """);

        Assert.Equal(["Bob", "Ann"], names);
    }

    [Fact]
    public void An_attribute_alias_returns_the_column_as_aliased_value_under_the_alias()
    {
        var carl = scenario.Contact("Carl", ("emailaddress1", "carl@contoso.com"));
        scenario.Lead("Ann", ("parentcontactid", carl.ToEntityReference()), (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeA)));

        var result = scenario.Fetch($"""
            <fetch><entity name="lead">
              <attribute name="{SalesMetadata.Grade}" alias="grade" />
              <link-entity name="contact" from="contactid" to="parentcontactid" alias="pc">
                <attribute name="emailaddress1" alias="contactmail" />
              </link-entity>
            </entity></fetch>
            """).Entities.Single();

        Assert.False(result.Contains(SalesMetadata.Grade));
        Assert.Equal(SalesMetadata.GradeA, ((OptionSetValue)result.GetAttributeValue<AliasedValue>("grade").Value).Value);
        Assert.Equal("A", result.FormattedValues["grade"]);
        Assert.Equal("carl@contoso.com", result.GetAttributeValue<AliasedValue>("contactmail").Value);
    }

    [Fact]
    public void All_attributes_returns_every_column()
    {
        scenario.Lead("Ann", ("subject", "Demo"));

        var result = scenario.Fetch("""<fetch><entity name="lead"><all-attributes /></entity></fetch>""").Entities.Single();

        Assert.Equal("Demo", result["subject"]);
    }

    [Fact]
    public void Nested_or_filters_combine()
    {
        scenario.Lead("Ann", ("subject", "Demo"), ("numberofemployees", 10));
        scenario.Lead("Bob", ("subject", "Pricing"), ("numberofemployees", 10));
        scenario.Lead("Cid", ("subject", "Pricing"), ("numberofemployees", 500));

        var names = Names("""
            <fetch><entity name="lead"><attribute name="fullname" />
              <filter type="or">
                <condition attribute="subject" operator="eq" value="demo" />
                <filter><condition attribute="numberofemployees" operator="gt" value="100" /></filter>
              </filter>
            </entity></fetch>
            """);

        Assert.Equal(["Ann", "Cid"], names.Order());
    }

    [Fact]
    public void Value_elements_give_in_its_list()
    {
        scenario.Lead("Ann", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeA)));
        scenario.Lead("Bob", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeB)));
        scenario.Lead("Cid", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeC)));

        var names = Names($"""
            <fetch><entity name="lead"><attribute name="fullname" />
              <filter><condition attribute="{SalesMetadata.Grade}" operator="in"><value>{SalesMetadata.GradeA}</value><value>{SalesMetadata.GradeC}</value></condition></filter>
            </entity></fetch>
            """);

        Assert.Equal(["Ann", "Cid"], names.Order());
    }

    [Fact]
    public void Values_are_converted_by_the_column_type()
    {
        var contact = scenario.Contact("Carl");
        scenario.Lead("Ann", ("parentcontactid", contact.ToEntityReference()), (SalesMetadata.Excluded, true), (SalesMetadata.ScoredOn, new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc)), ("revenue", new Money(5m)));
        scenario.Lead("Bob", (SalesMetadata.Excluded, false));

        var names = Names($"""
            <fetch><entity name="lead"><attribute name="fullname" />
              <filter>
                <condition attribute="parentcontactid" operator="eq" value="{contact.Id:B}" />
                <condition attribute="{SalesMetadata.Excluded}" operator="eq" value="1" />
                <condition attribute="{SalesMetadata.ScoredOn}" operator="on" value="2026-11-20" />
                <condition attribute="revenue" operator="between"><value>1</value><value>10.5</value></condition>
              </filter>
            </entity></fetch>
            """);

        Assert.Equal(["Ann"], names);
    }

    [Fact]
    public void Relative_date_operators_take_their_count_as_value()
    {
        scenario.Lead("Recent", (SalesMetadata.ScoredOn, QueryScenario.Now.AddDays(-2)));
        scenario.Lead("Old", (SalesMetadata.ScoredOn, QueryScenario.Now.AddDays(-20)));

        var names = Names($"""
            <fetch><entity name="lead"><attribute name="fullname" />
              <filter><condition attribute="{SalesMetadata.ScoredOn}" operator="last-x-days" value="3" /></filter>
            </entity></fetch>
            """);

        Assert.Equal(["Recent"], names);
    }

    [Fact]
    public void User_operators_need_no_value()
    {
        scenario.Lead("Mine", ("ownerid", new EntityReference("systemuser", scenario.CallerId)));
        scenario.Lead("Theirs", ("ownerid", new EntityReference("systemuser", Guid.NewGuid())));

        var names = Names("""
            <fetch><entity name="lead"><attribute name="fullname" />
              <filter><condition attribute="ownerid" operator="eq-userid" /></filter>
            </entity></fetch>
            """);

        Assert.Equal(["Mine"], names);
    }

    [Fact]
    public void Link_entity_from_is_the_linked_column_and_to_the_parent_column()
    {
        var carl = scenario.Contact("Carl", ("emailaddress1", "carl@contoso.com"));
        scenario.Lead("Ann", ("parentcontactid", carl.ToEntityReference()));
        scenario.Lead("Bob");

        var result = scenario.Fetch("""
            <fetch><entity name="lead"><attribute name="fullname" />
              <link-entity name="contact" from="contactid" to="parentcontactid" alias="pc">
                <attribute name="emailaddress1" />
              </link-entity>
            </entity></fetch>
            """).Entities.Single();

        Assert.Equal("Ann", result["fullname"]);
        Assert.Equal("carl@contoso.com", result.GetAttributeValue<AliasedValue>("pc.emailaddress1").Value);
    }

    [Fact]
    public void Outer_link_with_a_null_condition_by_entityname_finds_rows_without_related_rows()
    {
        var lead = scenario.Lead("Touched");
        scenario.Interaction(lead, SalesMetadata.Webinar, QueryScenario.Now);
        scenario.Lead("Untouched");

        var names = Names($"""
            <fetch><entity name="lead"><attribute name="fullname" />
              <link-entity name="{SalesMetadata.Interaction}" from="regardingobjectid" to="leadid" link-type="outer" alias="i" />
              <filter><condition entityname="i" attribute="activityid" operator="null" /></filter>
            </entity></fetch>
            """);

        Assert.Equal(["Untouched"], names);
    }

    [Fact]
    public void Nested_link_entities_have_their_own_filters_and_orders()
    {
        var contoso = scenario.Account("Contoso");
        var fabrikam = scenario.Account("Fabrikam");
        scenario.Lead("Ann", ("parentcontactid", scenario.Contact("Carl", ("parentcustomerid", contoso.ToEntityReference())).ToEntityReference()));
        scenario.Lead("Bob", ("parentcontactid", scenario.Contact("Dora", ("parentcustomerid", fabrikam.ToEntityReference())).ToEntityReference()));
        scenario.Lead("Cid", ("parentcontactid", scenario.Contact("Eve", ("parentcustomerid", fabrikam.ToEntityReference())).ToEntityReference()));

        var names = Names("""
            <fetch><entity name="lead"><attribute name="fullname" />
              <link-entity name="contact" from="contactid" to="parentcontactid">
                <order attribute="fullname" descending="true" />
                <link-entity name="account" from="accountid" to="parentcustomerid">
                  <filter><condition attribute="name" operator="eq" value="Fabrikam" /></filter>
                </link-entity>
              </link-entity>
            </entity></fetch>
            """);

        Assert.Equal(["Cid", "Bob"], names);
    }

    [Fact]
    public void Link_type_not_any_keeps_rows_without_a_matching_related_row()
    {
        var touched = scenario.Lead("Touched");
        scenario.Interaction(touched, SalesMetadata.Webinar, QueryScenario.Now);
        var downloaded = scenario.Lead("Downloaded");
        scenario.Interaction(downloaded, SalesMetadata.Download, QueryScenario.Now);

        var names = Names($"""
            <fetch><entity name="lead"><attribute name="fullname" />
              <link-entity name="{SalesMetadata.Interaction}" from="regardingobjectid" to="leadid" link-type="not-any">
                <filter><condition attribute="{SalesMetadata.InteractionType}" operator="eq" value="{SalesMetadata.Webinar}" /></filter>
              </link-entity>
            </entity></fetch>
            """);

        Assert.Equal(["Downloaded"], names);
    }

    [Fact]
    public void An_order_with_entityname_sorts_by_the_link_column_in_its_place()
    {
        scenario.Lead("a", ("parentcontactid", scenario.Contact("Zed").ToEntityReference()));
        scenario.Lead("b", ("parentcontactid", scenario.Contact("Amy").ToEntityReference()));

        var names = Names("""
            <fetch><entity name="lead"><attribute name="fullname" />
              <link-entity name="contact" from="contactid" to="parentcontactid" alias="pc" />
              <order entityname="pc" attribute="fullname" />
              <order attribute="fullname" />
            </entity></fetch>
            """);

        Assert.Equal(["b", "a"], names);
    }

    [Fact]
    public void Link_entity_orders_apply_after_the_entity_orders()
    {
        scenario.Lead("a", ("parentcontactid", scenario.Contact("Zed").ToEntityReference()));
        scenario.Lead("b", ("parentcontactid", scenario.Contact("Amy").ToEntityReference()));

        var names = Names("""
            <fetch><entity name="lead"><attribute name="fullname" />
              <link-entity name="contact" from="contactid" to="parentcontactid"><order attribute="fullname" /></link-entity>
              <order attribute="fullname" />
            </entity></fetch>
            """);

        Assert.Equal(["a", "b"], names);
    }

    [Fact]
    public void Useraworderby_sorts_choices_by_value()
    {
        var lead = scenario.Lead("Ann");
        scenario.Interaction(lead, SalesMetadata.Download, QueryScenario.Now);
        scenario.Interaction(lead, SalesMetadata.Webinar, QueryScenario.Now);

        var types = scenario.Fetch($"""
            <fetch useraworderby="true"><entity name="{SalesMetadata.Interaction}">
              <attribute name="{SalesMetadata.InteractionType}" /><order attribute="{SalesMetadata.InteractionType}" />
            </entity></fetch>
            """).Entities.Select(e => e.GetAttributeValue<OptionSetValue>(SalesMetadata.InteractionType).Value);

        Assert.Equal([SalesMetadata.Webinar, SalesMetadata.Download], types);
    }

    [Fact]
    public void Count_and_page_select_the_page_and_return_a_cookie()
    {
        foreach (var name in new[] { "a", "b", "c" })
        {
            scenario.Lead(name);
        }

        var result = scenario.Fetch("""<fetch count="2" page="1" returntotalrecordcount="true"><entity name="lead"><attribute name="fullname" /><order attribute="fullname" /></entity></fetch>""");

        Assert.Equal(["a", "b"], result.Entities.Select(e => e["fullname"]));
        Assert.True(result.MoreRecords);
        Assert.Equal(3, result.TotalRecordCount);
        Assert.StartsWith("<cookie page=\"1\"><fullname last=\"b\" first=\"a\" />", result.PagingCookie, StringComparison.Ordinal);
    }

    [Fact]
    public void The_paging_cookie_may_be_passed_back_escaped_in_the_fetch()
    {
        foreach (var name in new[] { "a", "b", "c" })
        {
            scenario.Lead(name);
        }

        var first = scenario.Fetch("""<fetch count="2" page="1"><entity name="lead"><attribute name="fullname" /><order attribute="fullname" /></entity></fetch>""");
        var cookie = System.Security.SecurityElement.Escape(first.PagingCookie);

        var second = scenario.Fetch($"""<fetch count="2" page="2" paging-cookie="{cookie}"><entity name="lead"><attribute name="fullname" /><order attribute="fullname" /></entity></fetch>""");

        Assert.Equal(["c"], second.Entities.Select(e => e["fullname"]));
    }

    [Fact]
    public void Top_limits_the_rows()
    {
        scenario.Lead("a");
        scenario.Lead("b");

        Assert.Single(Names("""<fetch top="1" no-lock="true"><entity name="lead"><attribute name="fullname" /></entity></fetch>"""));
    }

    [Fact]
    public void An_aggregate_attribute_in_a_plain_fetch_is_refused() =>
        Refused(() => scenario.Fetch("""<fetch><entity name="lead"><attribute name="leadid" alias="n" aggregate="count" /></entity></fetch>"""));

    [Fact]
    public void Top_with_returntotalrecordcount_is_refused() =>
        Refused(() => scenario.Fetch("""<fetch top="5" returntotalrecordcount="true"><entity name="lead" /></fetch>"""));

    [Fact]
    public void Distinct_returns_equal_rows_once()
    {
        scenario.Lead("a", ("subject", "Demo"));
        scenario.Lead("b", ("subject", "Demo"));

        var result = scenario.Fetch("""<fetch distinct="true"><entity name="lead"><attribute name="subject" /></entity></fetch>""");

        Assert.Single(result.Entities);
    }

    [Fact]
    public void Malformed_xml_is_refused_with_the_reason()
    {
        var fault = Refused(() => scenario.Fetch("<fetch><entity name=\"lead\"></fetch>"));

        Assert.Equal(-2147220991, fault.Detail.ErrorCode);
        Assert.Contains("not well formed", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_element_is_refused_naming_it()
    {
        var fault = Refused(() => scenario.Fetch("""<fetch><entity name="lead"><column name="fullname" /></entity></fetch>"""));

        Assert.Equal("The element <column> is not allowed in <entity>.", fault.Detail.Message);
    }

    [Fact]
    public void An_unknown_attribute_is_refused_naming_it()
    {
        var fault = Refused(() => scenario.Fetch("""<fetch><entity name="lead"><attribute nam="fullname" /></entity></fetch>"""));

        Assert.Equal("The 'nam' attribute is not declared on <attribute>.", fault.Detail.Message);
    }

    [Fact]
    public void An_unknown_operator_is_refused_naming_it()
    {
        var fault = Refused(() => scenario.Fetch("""<fetch><entity name="lead"><filter><condition attribute="subject" operator="equals" value="x" /></filter></entity></fetch>"""));

        Assert.Equal(-2147217120, fault.Detail.ErrorCode);
        Assert.Contains("'equals'", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_but_unsupported_operator_is_refused()
    {
        var fault = Refused(() => scenario.Fetch("""<fetch><entity name="lead"><filter><condition attribute="ownerid" operator="eq-useroruserteams" /></filter></entity></fetch>"""));

        Assert.Contains("not supported by the local Dataverse", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_link_type_is_refused()
    {
        var fault = Refused(() => scenario.Fetch("""<fetch><entity name="lead"><link-entity name="contact" from="contactid" to="parentcontactid" link-type="left" /></entity></fetch>"""));

        Assert.Contains("link-type 'left'", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_does_not_fit_the_column_type_is_refused()
    {
        var fault = Refused(() => scenario.Fetch("""<fetch><entity name="lead"><filter><condition attribute="numberofemployees" operator="eq" value="many" /></filter></entity></fetch>"""));

        Assert.Equal(-2147220989, fault.Detail.ErrorCode);
    }
}
