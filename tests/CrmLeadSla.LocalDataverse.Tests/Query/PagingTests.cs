using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class PagingTests
{
    private readonly QueryScenario scenario = new();

    private void Leads(int count)
    {
        for (var i = 0; i < count; i++)
        {
            scenario.Lead($"Lead {i:D5}");
        }
    }

    private static QueryExpression Page(int count, int number, string? cookie = null, bool total = false) => new("lead")
    {
        PageInfo = new PagingInfo { Count = count, PageNumber = number, PagingCookie = cookie, ReturnTotalRecordCount = total },
    };

    [Fact]
    public void Without_page_size_a_page_holds_5000_rows_and_says_more_records()
    {
        Leads(5001);

        var result = scenario.Run(new QueryExpression("lead"));

        Assert.Equal(5000, result.Entities.Count);
        Assert.True(result.MoreRecords);
    }

    [Fact]
    public void TopCount_together_with_a_page_is_refused()
    {
        Leads(3);
        var query = Page(2, 1);
        query.TopCount = 2;

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(query));

        Assert.Equal(-2147220989, fault.Detail.ErrorCode);
        Assert.Contains("TopCount or PageInfo, not both", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_number_and_count_select_the_page()
    {
        Leads(5);
        var query = Page(2, 2);
        query.AddOrder("fullname", OrderType.Ascending);

        Assert.Equal(["Lead 00002", "Lead 00003"], scenario.LeadNames(query));
    }

    [Fact]
    public void The_last_page_says_no_more_records()
    {
        Leads(4);

        var result = scenario.Run(Page(2, 2));

        Assert.Equal(2, result.Entities.Count);
        Assert.False(result.MoreRecords);
    }

    [Fact]
    public void The_paging_cookie_has_Dataverse_format()
    {
        Leads(3);
        var all = scenario.Run(new QueryExpression("lead")).Entities;

        var result = scenario.Run(Page(2, 1));

        Assert.Equal(
            $"<cookie page=\"1\"><leadid last=\"{all[1].Id.ToString("B").ToUpperInvariant()}\" first=\"{all[0].Id.ToString("B").ToUpperInvariant()}\" /></cookie>",
            result.PagingCookie);
    }

    [Fact]
    public void The_next_page_may_pass_the_cookie_back()
    {
        Leads(3);
        var first = scenario.Run(Page(2, 1));

        var second = scenario.Run(Page(2, 2, first.PagingCookie));

        Assert.Single(second.Entities);
        Assert.DoesNotContain(second.Entities[0].Id, first.Entities.Select(e => e.Id));
    }

    // Four open leads, two a page by name; the first page's leads are then closed, as a batch job would.
    private (QueryExpression Query, EntityCollection FirstPage) OpenLeadsWithTheFirstPageClosed()
    {
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            scenario.Lead(name, ("subject", "Open"));
        }

        var query = Page(2, 1);
        query.Criteria.AddCondition("subject", ConditionOperator.Equal, "Open");
        query.AddOrder("fullname", OrderType.Ascending);
        var firstPage = scenario.Run(query);
        foreach (var lead in firstPage.Entities)
        {
            scenario.Store.Find("lead", lead.Id)!["subject"] = "Closed";
        }

        return (query, firstPage);
    }

    [Fact]
    public void With_the_cookie_the_next_page_starts_after_the_last_row_even_when_rows_changed()
    {
        var (query, firstPage) = OpenLeadsWithTheFirstPageClosed();
        query.PageInfo = new PagingInfo { Count = 2, PageNumber = 2, PagingCookie = firstPage.PagingCookie };

        Assert.Equal(["c", "d"], scenario.LeadNames(query));
    }

    [Fact]
    public void Without_the_cookie_the_page_is_found_by_its_number()
    {
        var (query, _) = OpenLeadsWithTheFirstPageClosed();
        query.PageInfo = new PagingInfo { Count = 2, PageNumber = 2 };

        Assert.Empty(scenario.LeadNames(query));
    }

    [Fact]
    public void A_malformed_cookie_is_refused()
    {
        Leads(1);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(Page(2, 2, "<cookie")));
    }

    [Fact]
    public void Total_record_count_is_minus_one_when_not_asked()
    {
        Leads(3);

        var result = scenario.Run(Page(2, 1));

        Assert.Equal(-1, result.TotalRecordCount);
        Assert.False(result.TotalRecordCountLimitExceeded);
    }

    [Fact]
    public void Total_record_count_counts_every_matching_row_when_asked()
    {
        Leads(3);

        var result = scenario.Run(Page(2, 1, total: true));

        Assert.Equal(3, result.TotalRecordCount);
        Assert.False(result.TotalRecordCountLimitExceeded);
    }

    [Fact]
    public void Total_record_count_stops_at_5000_and_says_the_limit_was_exceeded()
    {
        Leads(5001);

        var result = scenario.Run(Page(10, 1, total: true));

        Assert.Equal(5000, result.TotalRecordCount);
        Assert.True(result.TotalRecordCountLimitExceeded);
    }

    [Fact]
    public void A_page_size_over_5000_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(Page(5001, 1)));

        Assert.Equal(-2147220989, fault.Detail.ErrorCode);
    }
}
