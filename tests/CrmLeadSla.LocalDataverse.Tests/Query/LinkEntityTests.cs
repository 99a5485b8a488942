using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class LinkEntityTests
{
    private readonly QueryScenario scenario = new();
    private readonly Entity carl;
    private readonly Entity account;
    private readonly Entity ann;

    public LinkEntityTests()
    {
        account = scenario.Account("Contoso", ("numberofemployees", 500));
        carl = scenario.Contact("Carl", ("emailaddress1", "carl@contoso.com"), ("parentcustomerid", account.ToEntityReference()));
        ann = scenario.Lead("Ann", ("parentcontactid", carl.ToEntityReference()));
        scenario.Lead("Bob");
    }

    private static QueryExpression LeadsWithContact(JoinOperator join, string? alias = null)
    {
        var query = new QueryExpression("lead");
        var link = query.AddLink("contact", "parentcontactid", "contactid", join);
        link.EntityAlias = alias;
        return query;
    }

    [Fact]
    public void Inner_join_keeps_only_rows_with_a_related_row() =>
        Assert.Equal(["Ann"], scenario.LeadNames(LeadsWithContact(JoinOperator.Inner)));

    [Fact]
    public void Natural_join_acts_as_inner_join() =>
        Assert.Equal(["Ann"], scenario.LeadNames(LeadsWithContact(JoinOperator.Natural)));

    [Fact]
    public void Left_outer_join_keeps_rows_without_a_related_row() =>
        Assert.Equal(["Ann", "Bob"], scenario.LeadNames(LeadsWithContact(JoinOperator.LeftOuter)).Order());

    [Fact]
    public void Inner_join_returns_one_row_per_related_row()
    {
        scenario.Interaction(ann, SalesMetadata.Webinar, QueryScenario.Now);
        scenario.Interaction(ann, SalesMetadata.Download, QueryScenario.Now);
        var query = new QueryExpression("lead");
        query.AddLink(SalesMetadata.Interaction, "leadid", "regardingobjectid");

        Assert.Equal(["Ann", "Ann"], scenario.LeadNames(query));
    }

    [Fact]
    public void Link_columns_come_back_as_aliased_values_under_alias_and_column()
    {
        var query = LeadsWithContact(JoinOperator.Inner, "pc");
        query.LinkEntities[0].Columns = new ColumnSet("emailaddress1");

        var value = (AliasedValue)scenario.Run(query).Entities.Single()["pc.emailaddress1"];

        Assert.Equal("contact", value.EntityLogicalName);
        Assert.Equal("emailaddress1", value.AttributeLogicalName);
        Assert.Equal("carl@contoso.com", value.Value);
    }

    [Fact]
    public void A_many_to_one_link_without_alias_is_named_after_its_table()
    {
        var query = LeadsWithContact(JoinOperator.Inner);
        query.LinkEntities[0].Columns = new ColumnSet("fullname");

        var result = scenario.Run(query).Entities.Single();

        Assert.Equal("Carl", result.GetAttributeValue<AliasedValue>("contact.fullname").Value);
    }

    [Fact]
    public void A_one_to_many_link_without_alias_is_named_after_its_table_and_a_counter()
    {
        scenario.Interaction(ann, SalesMetadata.Webinar, QueryScenario.Now);
        var query = new QueryExpression("lead");
        query.AddLink(SalesMetadata.Interaction, "leadid", "regardingobjectid").Columns = new ColumnSet("subject");
        query.AddLink(SalesMetadata.Interaction, "leadid", "regardingobjectid").Columns = new ColumnSet("subject");

        var result = scenario.Run(query).Entities.Single();

        Assert.Equal("touch", result.GetAttributeValue<AliasedValue>($"{SalesMetadata.Interaction}1.subject").Value);
        Assert.Equal("touch", result.GetAttributeValue<AliasedValue>($"{SalesMetadata.Interaction}2.subject").Value);
    }

    [Fact]
    public void A_second_unaliased_many_to_one_link_to_the_same_table_gets_a_counter()
    {
        var query = LeadsWithContact(JoinOperator.Inner);
        query.AddLink("contact", "parentcontactid", "contactid").Columns = new ColumnSet("fullname");

        var result = scenario.Run(query).Entities.Single();

        Assert.Equal("Carl", result.GetAttributeValue<AliasedValue>("contact2.fullname").Value);
    }

    [Fact]
    public void More_than_15_links_are_refused()
    {
        var query = new QueryExpression("lead");
        for (var i = 0; i < 16; i++)
        {
            query.AddLink("contact", "parentcontactid", "contactid", JoinOperator.LeftOuter);
        }

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(query));

        Assert.Equal(-2147204339, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Link_columns_get_formatted_values_under_the_same_key()
    {
        scenario.Interaction(ann, SalesMetadata.Webinar, QueryScenario.Now);
        var query = new QueryExpression("lead");
        var link = query.AddLink(SalesMetadata.Interaction, "leadid", "regardingobjectid");
        link.EntityAlias = "i";
        link.Columns = new ColumnSet(SalesMetadata.InteractionType);

        var result = scenario.Run(query).Entities.Single();

        Assert.Equal("Webinar attendance", result.FormattedValues[$"i.{SalesMetadata.InteractionType}"]);
    }

    [Fact]
    public void Link_criteria_restrict_the_joined_rows()
    {
        var query = LeadsWithContact(JoinOperator.Inner);
        query.LinkEntities[0].LinkCriteria.AddCondition("emailaddress1", ConditionOperator.EndsWith, "@fabrikam.com");

        Assert.Empty(scenario.LeadNames(query));
    }

    [Fact]
    public void Link_criteria_of_an_outer_join_do_not_drop_the_parent_row()
    {
        var query = LeadsWithContact(JoinOperator.LeftOuter, "pc");
        query.LinkEntities[0].LinkCriteria.AddCondition("emailaddress1", ConditionOperator.EndsWith, "@fabrikam.com");
        query.LinkEntities[0].Columns = new ColumnSet("fullname");

        var results = scenario.Run(query).Entities;

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.False(r.Contains("pc.fullname")));
    }

    [Fact]
    public void A_main_filter_condition_can_name_a_link_alias()
    {
        var query = LeadsWithContact(JoinOperator.LeftOuter, "pc");
        query.Criteria.AddCondition("pc", "emailaddress1", ConditionOperator.Like, "carl@%");

        Assert.Equal(["Ann"], scenario.LeadNames(query));
    }

    [Fact]
    public void Outer_join_with_a_null_key_condition_finds_rows_without_related_rows()
    {
        var query = LeadsWithContact(JoinOperator.LeftOuter, "pc");
        query.Criteria.AddCondition("pc", "contactid", ConditionOperator.Null);

        Assert.Equal(["Bob"], scenario.LeadNames(query));
    }

    [Fact]
    public void Nested_links_join_through_the_parent_link()
    {
        var query = LeadsWithContact(JoinOperator.Inner, "pc");
        var accountLink = query.LinkEntities[0].AddLink("account", "parentcustomerid", "accountid");
        accountLink.EntityAlias = "acc";
        accountLink.Columns = new ColumnSet("name");

        var result = scenario.Run(query).Entities.Single();

        Assert.Equal("Contoso", result.GetAttributeValue<AliasedValue>("acc.name").Value);
    }

    [Fact]
    public void An_inner_link_under_an_outer_link_drops_rows_the_outer_link_found_nothing_for()
    {
        var query = LeadsWithContact(JoinOperator.LeftOuter, "pc");
        query.LinkEntities[0].AddLink("account", "parentcustomerid", "accountid", JoinOperator.Inner);

        Assert.Equal(["Ann"], scenario.LeadNames(query));
    }

    [Fact]
    public void Any_keeps_each_parent_row_once_when_a_related_row_matches()
    {
        scenario.Interaction(ann, SalesMetadata.Webinar, QueryScenario.Now);
        scenario.Interaction(ann, SalesMetadata.Webinar, QueryScenario.Now);
        var query = new QueryExpression("lead");
        query.AddLink(SalesMetadata.Interaction, "leadid", "regardingobjectid", JoinOperator.Any)
            .LinkCriteria.AddCondition(SalesMetadata.InteractionType, ConditionOperator.Equal, SalesMetadata.Webinar);

        Assert.Equal(["Ann"], scenario.LeadNames(query));
    }

    [Fact]
    public void Not_any_keeps_parent_rows_without_a_matching_related_row()
    {
        scenario.Interaction(ann, SalesMetadata.Webinar, QueryScenario.Now);
        var query = new QueryExpression("lead");
        query.AddLink(SalesMetadata.Interaction, "leadid", "regardingobjectid", JoinOperator.NotAny);

        Assert.Equal(["Bob"], scenario.LeadNames(query));
    }

    [Fact]
    public void Exists_keeps_each_parent_row_once()
    {
        scenario.Interaction(ann, SalesMetadata.Webinar, QueryScenario.Now);
        scenario.Interaction(ann, SalesMetadata.Download, QueryScenario.Now);
        var query = new QueryExpression("lead");
        query.AddLink(SalesMetadata.Interaction, "leadid", "regardingobjectid", JoinOperator.Exists);

        Assert.Equal(["Ann"], scenario.LeadNames(query));
    }

    // Ann has a webinar and a download, "Webinar only" a webinar, Bob nothing; the link asks for webinars.
    private QueryExpression LeadsByWebinarInteractions(JoinOperator join)
    {
        scenario.Interaction(ann, SalesMetadata.Webinar, QueryScenario.Now);
        scenario.Interaction(ann, SalesMetadata.Download, QueryScenario.Now);
        scenario.Interaction(scenario.Lead("Webinar only"), SalesMetadata.Webinar, QueryScenario.Now);
        var query = new QueryExpression("lead");
        query.AddLink(SalesMetadata.Interaction, "leadid", "regardingobjectid", join)
            .LinkCriteria.AddCondition(SalesMetadata.InteractionType, ConditionOperator.Equal, SalesMetadata.Webinar);
        return query;
    }

    [Fact]
    public void All_keeps_parent_rows_whose_related_rows_all_match_including_those_without_any() =>
        Assert.Equal(["Bob", "Webinar only"], scenario.LeadNames(LeadsByWebinarInteractions(JoinOperator.All)).Order());

    [Fact]
    public void Not_all_keeps_parent_rows_with_a_related_row_that_does_not_match() =>
        Assert.Equal(["Ann"], scenario.LeadNames(LeadsByWebinarInteractions(JoinOperator.NotAll)));

    [Fact]
    public void Any_with_link_criteria_keeps_parent_rows_with_a_matching_related_row() =>
        Assert.Equal(["Ann", "Webinar only"], scenario.LeadNames(LeadsByWebinarInteractions(JoinOperator.Any)).Order());

    [Fact]
    public void A_filter_only_link_cannot_return_columns()
    {
        var query = LeadsWithContact(JoinOperator.Any);
        query.LinkEntities[0].Columns = new ColumnSet("fullname");

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(query));
    }

    [Fact]
    public void A_condition_on_an_unknown_alias_is_refused()
    {
        var query = new QueryExpression("lead");
        query.Criteria.AddCondition("nosuchalias", "fullname", ConditionOperator.Null);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(query));

        Assert.Equal(-2147217142, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Related_rows_the_caller_cannot_read_are_not_joined()
    {
        scenario.CanRead = (table, _) => table != "contact";

        Assert.Empty(scenario.LeadNames(LeadsWithContact(JoinOperator.Inner)));
    }
}
