using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>Checks a query against the metadata and resolves every table, column and alias in it.</summary>
internal sealed class QueryBinder(MetadataModel metadata, QueryContext context)
{
    /// <summary>The most link-entities a query may have.</summary>
    public const int MaxLinks = 15;

    private readonly ConditionCompiler conditions = new(context);
    private readonly List<Slot> slots = [];
    private readonly Dictionary<LinkEntity, int> slotOfLink = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> linksPerTable = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The bound form of the query.</summary>
    public BoundQuery Bind(QueryExpression query)
    {
        var table = Table(query.EntityName);
        if (query.TopCount > ResultPage.MaxPageSize)
        {
            throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"The top count {query.TopCount} exceeds the maximum of {ResultPage.MaxPageSize}.");
        }

        // Dataverse takes either the first rows (TopCount) or a page (PageInfo), never both.
        if (query.TopCount is not null && query.PageInfo is { } paging
            && (paging.Count > 0 || paging.PageNumber > 0 || paging.PagingCookie is not null || paging.ReturnTotalRecordCount))
        {
            throw QueryFaults.Fault(QueryFaults.InvalidArgument, "A query can set TopCount or PageInfo, not both: ask for the first rows with TopCount, or page through them with PageInfo.");
        }

        slots.Add(new Slot(table.LogicalName, table, FiltersOnly: false));
        var links = query.LinkEntities.Select(link => BindLink(link, 0)).ToList();
        var criteria = Filter(query.Criteria, 0);
        // An order naming a link alias (EntityName) sorts in its place among the main orders; the links' own orders come after.
        var orders = query.Orders.Select(order => Order(order, string.IsNullOrEmpty(order.EntityName) ? 0 : SlotNamed(order.EntityName)))
            .Concat(links.SelectMany(link => link.SelfAndDescendants).SelectMany(link => link.Orders))
            .ToList();
        return new BoundQuery(
            table,
            Selection(query.ColumnSet, table),
            links,
            slots.Count,
            criteria,
            orders,
            query.Distinct,
            query.TopCount,
            query.PageInfo ?? new PagingInfo());
    }

    /// <summary>A column of the main table (link null) or of a link of the bound query.</summary>
    public BoundColumn Column(LinkEntity? link, string column) => Column(link is null ? 0 : Addressable(slotOfLink[link]), column);

    private TableDefinition Table(string? logicalName) =>
        metadata.FindTable(logicalName ?? string.Empty) ?? throw QueryFaults.UnknownTable(logicalName ?? string.Empty);

    private static ColumnDefinition ColumnOf(TableDefinition table, string? column) =>
        table.Column(column ?? string.Empty) ?? throw QueryFaults.UnknownColumn(table.LogicalName, column ?? string.Empty);

    private BoundColumn Column(int slot, string column) => new(slot, slots[slot].Table, ColumnOf(slots[slot].Table, column));

    private BoundLink BindLink(LinkEntity link, int parentSlot)
    {
        var table = Table(link.LinkToEntityName);
        var parentColumn = ColumnOf(slots[parentSlot].Table, link.LinkFromAttributeName);
        var linkedColumn = ColumnOf(table, link.LinkToAttributeName);
        if (!BoundLink.IsFilterJoin(link.JoinOperator)
            && link.JoinOperator is not (JoinOperator.Inner or JoinOperator.LeftOuter or JoinOperator.Natural or JoinOperator.MatchFirstRowUsingCrossApply))
        {
            throw QueryFaults.Fault(QueryFaults.InvalidJoinOperator, $"The join operator '{link.JoinOperator}' (link to '{table.LogicalName}') is not supported by the local Dataverse.");
        }

        var slot = slots.Count;
        if (slot > MaxLinks)
        {
            throw QueryFaults.Fault(QueryFaults.TooManyLinks, "Number of link entities in query exceeded maximum limit.");
        }

        var alias = string.IsNullOrEmpty(link.EntityAlias) ? DefaultAlias(table, linkedColumn) : link.EntityAlias;
        if (AliasInUse(alias))
        {
            throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"The alias '{alias}' is used by more than one table of the query.");
        }

        var filtersOnly = BoundLink.IsFilterJoin(link.JoinOperator);
        slots.Add(new Slot(alias, table, filtersOnly));
        slotOfLink[link] = slot;
        var columns = Selection(link.Columns, table);
        if (filtersOnly && (columns.All || columns.Columns.Count > 0))
        {
            throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"The link '{alias}' of type {link.JoinOperator} only filters; it cannot return columns.");
        }

        if (filtersOnly && link.Orders.Count > 0)
        {
            throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"The link '{alias}' of type {link.JoinOperator} only filters; it cannot sort.");
        }

        var orders = link.Orders.Select(order => Order(order, slot)).ToList();
        var criteria = Filter(link.LinkCriteria, slot);
        var children = link.LinkEntities.Select(child => BindLink(child, slot)).ToList();
        return new BoundLink(slot, parentSlot, alias, table, parentColumn, linkedColumn, link.JoinOperator, criteria, columns, orders, children);
    }

    // Dataverse's default alias: the related table's name for a many-to-one link (to its primary key),
    // else the name and the number of links to that table so far (lsla_interaction1, lsla_interaction2…).
    private string DefaultAlias(TableDefinition table, ColumnDefinition linkedColumn)
    {
        var count = linksPerTable[table.LogicalName] = linksPerTable.GetValueOrDefault(table.LogicalName) + 1;
        return linkedColumn.Kind == ColumnKind.PrimaryKey && !AliasInUse(table.LogicalName) ? table.LogicalName : table.LogicalName + count;
    }

    private bool AliasInUse(string alias) => slots.Any(s => string.Equals(s.Alias, alias, StringComparison.OrdinalIgnoreCase));

    private BoundOrder Order(OrderExpression order, int slot)
    {
        var column = Column(slot, order.AttributeName);
        if (column.Column.Kind == ColumnKind.MultiSelectPicklist)
        {
            throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"Sorting on the multi-select choice column '{column.Table.LogicalName}.{column.Column.LogicalName}' is not supported.");
        }

        return new BoundOrder(column, order.OrderType == OrderType.Descending);
    }

    private Func<Entity?[], bool> Filter(FilterExpression? filter, int defaultSlot)
    {
        if (filter is null)
        {
            return _ => true;
        }

        var parts = filter.Conditions
            .Select(condition =>
            {
                var slot = ConditionSlot(condition, defaultSlot);
                var column = Column(slot, condition.AttributeName);
                return condition.CompareColumns
                    ? ConditionCompiler.CompileComparison(condition, column, ComparedColumn(condition, slot))
                    : conditions.Compile(condition, column);
            })
            .Concat(filter.Filters.Select(child => Filter(child, defaultSlot)))
            .ToList();
        // An empty filter restricts nothing, whatever its operator.
        if (parts.Count == 0)
        {
            return _ => true;
        }

        return filter.FilterOperator == LogicalOperator.Or
            ? row => parts.Any(part => part(row))
            : row => parts.All(part => part(row));
    }

    // CompareColumns / valueof: the value names a column of the same table, or "alias.column" of another.
    private BoundColumn ComparedColumn(ConditionExpression condition, int slot)
    {
        var name = condition.Values.Count == 1 && condition.Values[0] is string text
            ? text
            : throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"A column comparison on '{condition.AttributeName}' needs the name of one other column as its value.");
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? Column(slot, name) : Column(SlotNamed(name[..dot]), name[(dot + 1)..]);
    }

    private int ConditionSlot(ConditionExpression condition, int defaultSlot) =>
        string.IsNullOrEmpty(condition.EntityName) ? defaultSlot : SlotNamed(condition.EntityName);

    private int SlotNamed(string alias)
    {
        var slot = slots.FindIndex(s => string.Equals(s.Alias, alias, StringComparison.OrdinalIgnoreCase));
        if (slot < 0)
        {
            throw QueryFaults.Fault(QueryFaults.AliasDoesNotExist, $"The query has no table with the alias '{alias}'.");
        }

        return Addressable(slot);
    }

    // The columns of an any / not-any / exists / in link exist only inside that link.
    private int Addressable(int slot) => slots[slot].FiltersOnly
        ? throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"The link '{slots[slot].Alias}' only filters; its columns cannot be used outside it.")
        : slot;

    private static ColumnSelection Selection(ColumnSet? columns, TableDefinition table) =>
        columns is { AllColumns: true }
            ? new ColumnSelection(true, [])
            : new ColumnSelection(false, (columns?.Columns.AsEnumerable() ?? []).Select(name => ColumnOf(table, name)).ToList());

    private sealed record Slot(string Alias, TableDefinition Table, bool FiltersOnly);
}
