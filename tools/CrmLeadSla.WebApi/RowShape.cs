using CrmLeadSla.Solution.Metadata;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi;

/// <summary>
/// What a response writes of each row of a table: the properties <c>$select</c> asked for (every column when it asked
/// for none) and the navigation properties <c>$expand</c> asked for, each with its own shape, filter, order and top.
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="Columns">The columns written, primary key first.</param>
/// <param name="Expansions">The expanded navigation properties.</param>
internal sealed record RowShape(TableDefinition Table, IReadOnlyList<ColumnDefinition> Columns, IReadOnlyList<Expansion> Expansions)
{
    /// <summary>The most navigation properties a query may expand, as in Dataverse.</summary>
    public const int MaxExpansions = 15;

    /// <summary>The columns to read: those written and the lookups single-valued expansions follow.</summary>
    public ColumnSet ColumnSet => new(Columns.Select(c => c.LogicalName)
        .Concat(Expansions.Where(e => !e.Navigation.IsCollection).Select(e => e.Navigation.Column.LogicalName))
        .Distinct(StringComparer.Ordinal).ToArray());

    /// <summary>The shape a select-and-expand clause asks for on the table.</summary>
    public static RowShape Of(ServiceModel model, TableDefinition table, SelectExpandClause? clause, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(table);
        var items = clause?.SelectedItems.ToList() ?? [];
        var selected = items.OfType<PathSelectItem>().Select(item => item.SelectedPath.LastSegment).OfType<PropertySegment>()
            .Select(segment => ServiceModel.ColumnOf(table, segment.Property.Name)!).ToList();
        var columns = clause is null || clause.AllSelected || items.OfType<WildcardSelectItem>().Any() || selected.Count == 0
            ? table.Columns.Values.OrderBy(c => c.LogicalName, StringComparer.Ordinal).ToList()
            : selected;
        var key = table.Column(table.PrimaryIdAttribute)!;
        var expansions = items.OfType<ExpandedNavigationSelectItem>().Select(item => Expansion.Of(model, item, depth)).ToList();
        if (expansions.Count > MaxExpansions)
        {
            throw WebApiFault.QueryRefused($"The query expands {expansions.Count} navigation properties; at most {MaxExpansions} are allowed.");
        }

        return new RowShape(table, [key, .. columns.Where(c => c.LogicalName != key.LogicalName)], expansions);
    }
}

/// <summary>One expanded navigation property: what it joins, the shape of the related rows and the options of their query.</summary>
/// <param name="Property">The navigation property.</param>
/// <param name="Navigation">What it joins.</param>
/// <param name="Shape">The shape of the related rows.</param>
/// <param name="Criteria">The related rows' <c>$filter</c> (collections), or null.</param>
/// <param name="Orders">The related rows' <c>$orderby</c> (collections).</param>
/// <param name="Top">The related rows' <c>$top</c> per row (collections), or null.</param>
internal sealed record Expansion(IEdmNavigationProperty Property, Navigation Navigation, RowShape Shape, FilterExpression? Criteria, IReadOnlyList<OrderExpression> Orders, long? Top)
{
    /// <summary>Nested expansions go this deep at most (a lookup of a lookup of a lookup).</summary>
    public const int MaxDepth = 3;

    /// <summary>The expansion an expand item asks for.</summary>
    public static Expansion Of(ServiceModel model, ExpandedNavigationSelectItem item, int depth)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(item);
        var segment = item.PathToNavigationProperty.LastSegment as NavigationPropertySegment
            ?? throw WebApiFault.QueryRefused("$expand names navigation properties.");
        var navigation = model.NavigationOf(segment.NavigationProperty);
        if (depth + 1 > MaxDepth)
        {
            throw WebApiFault.QueryRefused($"$expand nests at most {MaxDepth} levels deep.");
        }

        if (!navigation.IsCollection && (item.FilterOption is not null || item.OrderByOption is not null || item.TopOption is not null))
        {
            throw WebApiFault.QueryRefused($"The single-valued navigation property '{segment.NavigationProperty.Name}' takes only $select and $expand.");
        }

        var related = (IEdmEntityType)segment.NavigationProperty.ToEntityType();
        var table = model.TableOf(related);
        var orders = new List<OrderExpression>();
        for (var order = item.OrderByOption; order is not null; order = order.ThenBy)
        {
            orders.Add(OrderOf(table, order));
        }

        return new Expansion(
            segment.NavigationProperty,
            navigation,
            RowShape.Of(model, table, item.SelectAndExpand, depth + 1),
            item.FilterOption is null ? null : CriteriaOf(model, table, item.FilterOption),
            orders,
            item.TopOption);
    }

    // The related rows are read by their own query, which takes criteria but no link-entities.
    private static FilterExpression CriteriaOf(ServiceModel model, TableDefinition table, FilterClause filter)
    {
        var translation = new FilterTranslation(model, table).Of(filter);
        return translation.Links.Count == 0
            ? translation.Result!
            : throw WebApiFault.QueryRefused("any and all inside $expand are not supported by the local endpoint.");
    }

    /// <summary>One <c>$orderby</c> key as the order of a query on the table.</summary>
    public static OrderExpression OrderOf(TableDefinition table, OrderByClause order)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(order);
        var column = order.Expression is SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } access
            ? ServiceModel.ColumnOf(table, access.Property.Name)
            : null;
        return column is null
            ? throw WebApiFault.QueryRefused("$orderby sorts by properties of the row; sorting by a related row's property is not supported by the local endpoint.")
            : new OrderExpression(column.LogicalName, order.Direction == OrderByDirection.Descending ? OrderType.Descending : OrderType.Ascending);
    }
}
