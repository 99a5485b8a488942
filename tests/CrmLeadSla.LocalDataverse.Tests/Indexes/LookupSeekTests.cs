using CrmLeadSla.LocalDataverse.Query;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.LocalDataverse.Tests.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Indexes;

/// <summary>Queries on "lookup equals id" read through the index and answer exactly what a scan of the table answers.</summary>
public class LookupSeekTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private readonly Database database = new();
    private readonly List<EntityReference> contacts = Enumerable.Range(0, 3).Select(_ => new EntityReference("contact", Guid.NewGuid())).ToList();

    public LookupSeekTests()
    {
        var setup = database.BeginTransaction();
        for (var i = 0; i < 40; i++)
        {
            setup.Insert(new Entity("lead", Guid.NewGuid())
            {
                ["fullname"] = $"Lead {i % 7}",
                [SalesMetadata.FitScore] = i % 5,
                ["parentcontactid"] = i % 4 == 3 ? null : contacts[i % 3],
            });
        }

        setup.Commit();
    }

    [Fact]
    public void A_lookup_query_answers_the_same_rows_in_the_same_order_as_a_scan()
    {
        var query = LeadsOf(contacts[0]);
        query.AddOrder("fullname", OrderType.Descending);

        Assert.Equal(Ids(Scanning(database), query), Ids(database, query));
    }

    [Fact]
    public void A_lookup_query_pages_as_a_scan_does()
    {
        var query = LeadsOf(contacts[1]);
        query.AddOrder(SalesMetadata.FitScore, OrderType.Ascending);
        query.PageInfo = new PagingInfo { Count = 3, PageNumber = 2 };

        Assert.Equal(Ids(Scanning(database), query), Ids(database, query));
    }

    [Fact]
    public void A_lookup_query_with_more_criteria_and_top_answers_as_a_scan_does()
    {
        var query = LeadsOf(contacts[2]);
        query.Criteria.AddCondition(SalesMetadata.FitScore, ConditionOperator.GreaterThan, 1);
        query.AddOrder(SalesMetadata.FitScore, OrderType.Descending);
        query.TopCount = 2;

        Assert.Equal(Ids(Scanning(database), query), Ids(database, query));
    }

    [Fact]
    public void A_fetch_on_a_lookup_answers_as_a_scan_does()
    {
        var fetch = new FetchExpression(
            $"<fetch><entity name='lead'><attribute name='fullname' /><filter><condition attribute='parentcontactid' operator='eq' value='{contacts[0].Id}' /></filter><order attribute='fullname' /></entity></fetch>");

        Assert.Equal(Ids(Scanning(database), fetch), Ids(database, fetch));
    }

    [Fact]
    public void A_transaction_query_sees_its_own_moves_of_the_lookup()
    {
        var transaction = database.BeginTransaction();
        var moved = database.Rows("lead").First(row => row.GetAttributeValue<EntityReference>("parentcontactid")?.Id == contacts[0].Id);
        transaction.Update(new Entity("lead", moved.Id) { ["parentcontactid"] = contacts[1] });
        transaction.Insert(new Entity("lead", Guid.NewGuid()) { ["fullname"] = "New", ["parentcontactid"] = contacts[1] });

        foreach (var contact in contacts.Take(2))
        {
            var query = LeadsOf(contact);
            Assert.Equal(Ids(Scanning(transaction), query), Ids(transaction, query));
        }
    }

    [Fact]
    public void A_lookup_query_does_not_read_the_whole_table()
    {
        var query = LeadsOf(contacts[0]);

        var found = Ids(new NoScans(database), query);

        Assert.NotEmpty(found);
    }

    private static QueryExpression LeadsOf(EntityReference contact)
    {
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("fullname") };
        query.Criteria.AddCondition("parentcontactid", ConditionOperator.Equal, contact.Id);
        return query;
    }

    private static List<Guid> Ids(IRowReader rows, QueryBase query) =>
        new QueryEngine(SalesMetadata.Build(), rows)
            .RetrieveMultiple(query, new QueryContext(Guid.NewGuid(), Guid.NewGuid(), Now, (_, _) => true))
            .Entities.Select(row => row.Id).ToList();

    private static Scan Scanning(IRowReader rows) => new(rows);

    /// <summary>The same rows without an index: every lookup query scans the table.</summary>
    private sealed class Scan(IRowReader rows) : IRowReader
    {
        public IEnumerable<Entity> Rows(string tableLogicalName) => rows.Rows(tableLogicalName);

        public Entity? Find(string tableLogicalName, Guid id) => rows.Find(tableLogicalName, id);
    }

    /// <summary>The same rows, refusing to hand out a whole table.</summary>
    private sealed class NoScans(IRowReader rows) : IRowReader
    {
        public IEnumerable<Entity> Rows(string tableLogicalName) => throw new InvalidOperationException($"The whole table {tableLogicalName} was read.");

        public Entity? Find(string tableLogicalName, Guid id) => rows.Find(tableLogicalName, id);

        public IEnumerable<Entity> RowsReferencing(string tableLogicalName, string column, Guid id) => rows.RowsReferencing(tableLogicalName, column, id);
    }
}
