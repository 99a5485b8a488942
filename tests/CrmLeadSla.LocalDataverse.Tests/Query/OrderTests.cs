using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class OrderTests
{
    private readonly QueryScenario scenario = new();

    private static QueryExpression LeadsBy(params (string Column, OrderType Type)[] orders)
    {
        var query = new QueryExpression("lead");
        foreach (var (column, type) in orders)
        {
            query.AddOrder(column, type);
        }

        return query;
    }

    [Fact]
    public void Ascending_order_puts_nulls_first()
    {
        scenario.Lead("Ten", ("numberofemployees", 10));
        scenario.Lead("None");
        scenario.Lead("Five", ("numberofemployees", 5));

        Assert.Equal(["None", "Five", "Ten"], scenario.LeadNames(LeadsBy(("numberofemployees", OrderType.Ascending))));
    }

    [Fact]
    public void Descending_order_puts_nulls_last()
    {
        scenario.Lead("Ten", ("numberofemployees", 10));
        scenario.Lead("None");
        scenario.Lead("Five", ("numberofemployees", 5));

        Assert.Equal(["Ten", "Five", "None"], scenario.LeadNames(LeadsBy(("numberofemployees", OrderType.Descending))));
    }

    [Fact]
    public void Later_orders_break_ties_of_earlier_ones()
    {
        scenario.Lead("b", ("numberofemployees", 10));
        scenario.Lead("a", ("numberofemployees", 10));
        scenario.Lead("c", ("numberofemployees", 20));

        Assert.Equal(["c", "a", "b"], scenario.LeadNames(LeadsBy(("numberofemployees", OrderType.Descending), ("fullname", OrderType.Ascending))));
    }

    [Fact]
    public void Text_sorts_without_regard_to_case()
    {
        scenario.Lead("bob");
        scenario.Lead("Anna");
        scenario.Lead("Carl");

        Assert.Equal(["Anna", "bob", "Carl"], scenario.LeadNames(LeadsBy(("fullname", OrderType.Ascending))));
    }

    [Fact]
    public void Choice_columns_sort_by_label_not_by_value()
    {
        // Webinar attendance has the lower value, Download the earlier label: by value Webinar comes first, by label Download.
        var lead = scenario.Lead("Ann");
        scenario.Interaction(lead, SalesMetadata.Webinar, QueryScenario.Now);
        scenario.Interaction(lead, SalesMetadata.Download, QueryScenario.Now);
        var query = new QueryExpression(SalesMetadata.Interaction) { ColumnSet = new ColumnSet(SalesMetadata.InteractionType) };
        query.AddOrder(SalesMetadata.InteractionType, OrderType.Ascending);

        var types = scenario.Run(query).Entities.Select(e => e.GetAttributeValue<OptionSetValue>(SalesMetadata.InteractionType).Value).ToList();

        Assert.Equal([SalesMetadata.Download, SalesMetadata.Webinar], types);
    }

    [Fact]
    public void Lookups_sort_by_the_name_of_the_referenced_row()
    {
        var zed = scenario.Contact("Zed");
        var amy = scenario.Contact("Amy");
        scenario.Lead("Lead of Zed", ("parentcontactid", zed.ToEntityReference()));
        scenario.Lead("Lead of Amy", ("parentcontactid", amy.ToEntityReference()));

        Assert.Equal(["Lead of Amy", "Lead of Zed"], scenario.LeadNames(LeadsBy(("parentcontactid", OrderType.Ascending))));
    }

    [Fact]
    public void Orders_on_link_columns_sort_the_joined_rows()
    {
        var zed = scenario.Contact("Zed");
        var amy = scenario.Contact("Amy");
        scenario.Lead("Lead of Zed", ("parentcontactid", zed.ToEntityReference()));
        scenario.Lead("Lead of Amy", ("parentcontactid", amy.ToEntityReference()));
        var query = new QueryExpression("lead");
        query.AddLink("contact", "parentcontactid", "contactid").Orders.Add(new OrderExpression("fullname", OrderType.Descending));

        Assert.Equal(["Lead of Zed", "Lead of Amy"], scenario.LeadNames(query));
    }

    [Fact]
    public void An_order_naming_a_link_alias_sorts_in_its_place_among_the_main_orders()
    {
        scenario.Lead("a", ("parentcontactid", scenario.Contact("Zed").ToEntityReference()));
        scenario.Lead("b", ("parentcontactid", scenario.Contact("Amy").ToEntityReference()));
        var query = new QueryExpression("lead");
        query.AddLink("contact", "parentcontactid", "contactid").EntityAlias = "pc";
        query.Orders.Add(new OrderExpression("fullname", OrderType.Ascending) { EntityName = "pc" });
        query.AddOrder("fullname", OrderType.Ascending);

        Assert.Equal(["b", "a"], scenario.LeadNames(query));
    }

    [Fact]
    public void Distinct_returns_equal_rows_once()
    {
        scenario.Lead("Ann", ("subject", "Demo"));
        scenario.Lead("Bob", ("subject", "demo"));
        scenario.Lead("Cid", ("subject", "Pricing"));
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("subject"), Distinct = true };
        query.AddOrder("subject", OrderType.Ascending);

        var subjects = scenario.Run(query).Entities.Select(e => e.GetAttributeValue<string>("subject").ToUpperInvariant()).ToList();

        Assert.Equal(["DEMO", "PRICING"], subjects);
    }

    [Fact]
    public void Top_count_limits_the_rows()
    {
        scenario.Lead("a");
        scenario.Lead("b");
        scenario.Lead("c");
        var query = LeadsBy(("fullname", OrderType.Ascending));
        query.TopCount = 2;

        Assert.Equal(["a", "b"], scenario.LeadNames(query));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void A_top_count_returns_the_first_rows_of_the_full_order_nulls_and_ties_included(int top)
    {
        var sizes = new int?[] { 10, null, 5, 10, 20, null, 5, 10, 30, 5 };
        for (var index = 0; index < sizes.Length; index++)
        {
            if (sizes[index] is int size)
            {
                scenario.Lead($"lead {index % 4}", ("numberofemployees", size));
            }
            else
            {
                scenario.Lead($"lead {index % 4}");
            }
        }

        foreach (var type in new[] { OrderType.Ascending, OrderType.Descending })
        {
            var all = IdsOf(LeadsBy(("numberofemployees", type), ("fullname", OrderType.Descending)));
            var query = LeadsBy(("numberofemployees", type), ("fullname", OrderType.Descending));
            query.TopCount = top;

            Assert.Equal(all.Take(top), IdsOf(query));
        }
    }

    private List<Guid> IdsOf(QueryExpression query) => scenario.Run(query).Entities.Select(e => e.Id).ToList();

    [Fact]
    public void A_top_count_over_5000_is_refused()
    {
        var query = new QueryExpression("lead") { TopCount = 5001 };

        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => scenario.Run(query));

        Assert.Equal(-2147220989, fault.Detail.ErrorCode);
    }
}
