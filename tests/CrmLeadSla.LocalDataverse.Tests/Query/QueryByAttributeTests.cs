using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class QueryByAttributeTests
{
    private readonly QueryScenario scenario = new();

    [Fact]
    public void Attributes_and_values_are_equal_conditions_joined_by_and()
    {
        scenario.Lead("Ann", ("subject", "Demo"), ("numberofemployees", 10));
        scenario.Lead("Bob", ("subject", "Demo"), ("numberofemployees", 20));
        var query = new QueryByAttribute("lead") { ColumnSet = new ColumnSet("fullname") };
        query.AddAttributeValue("subject", "demo");
        query.AddAttributeValue("numberofemployees", 20);

        var names = scenario.Run(query).Entities.Select(e => e["fullname"]).ToList();

        Assert.Equal(["Bob"], names);
    }

    [Fact]
    public void Orders_page_info_and_top_count_apply()
    {
        scenario.Lead("c", ("subject", "Demo"));
        scenario.Lead("a", ("subject", "Demo"));
        scenario.Lead("b", ("subject", "Demo"));
        var query = new QueryByAttribute("lead") { ColumnSet = new ColumnSet("fullname"), TopCount = 2 };
        query.AddAttributeValue("subject", "Demo");
        query.AddOrder("fullname", OrderType.Descending);

        var names = scenario.Run(query).Entities.Select(e => e["fullname"]).ToList();

        Assert.Equal(["c", "b"], names);
    }

    [Fact]
    public void Page_info_selects_the_page()
    {
        scenario.Lead("a", ("subject", "Demo"));
        scenario.Lead("b", ("subject", "Demo"));
        var query = new QueryByAttribute("lead")
        {
            ColumnSet = new ColumnSet("fullname"),
            PageInfo = new PagingInfo { Count = 1, PageNumber = 2 },
        };
        query.AddAttributeValue("subject", "Demo");
        query.AddOrder("fullname", OrderType.Ascending);

        var result = scenario.Run(query);

        Assert.Equal("b", result.Entities.Single()["fullname"]);
        Assert.False(result.MoreRecords);
    }

    [Fact]
    public void Without_attributes_it_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(new QueryByAttribute("lead")));

        Assert.Equal(-2147217136, fault.Detail.ErrorCode);
    }
}
