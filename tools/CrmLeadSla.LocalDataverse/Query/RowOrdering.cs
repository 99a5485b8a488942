using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Sorts joined rows as Dataverse's SQL does: nulls first when ascending (last when descending),
/// choice columns by their label, lookups by the referenced row's name, and the main table's primary key
/// as the last key so that pages stay stable. FetchXML's useraworderby sorts choices by value instead.
/// </summary>
internal sealed class RowOrdering(ReferenceNames names, bool rawChoiceOrder)
{
    /// <summary>The rows in the query's order.</summary>
    public IEnumerable<Entity?[]> Sort(IEnumerable<Entity?[]> rows, IReadOnlyList<BoundOrder> orders)
    {
        IOrderedEnumerable<Entity?[]>? sorted = null;
        foreach (var order in orders)
        {
            Func<Entity?[], object?> key = row => SortKey(order.Column, row);
            sorted = (sorted, order.Descending) switch
            {
                (null, false) => rows.OrderBy(key, NullsFirst.Instance),
                (null, true) => rows.OrderByDescending(key, NullsFirst.Instance),
                (_, false) => sorted.ThenBy(key, NullsFirst.Instance),
                _ => sorted.ThenByDescending(key, NullsFirst.Instance),
            };
        }

        Func<Entity?[], object?> primaryKey = row => row[0]!.Id;
        return sorted is null ? rows.OrderBy(primaryKey, NullsFirst.Instance) : sorted.ThenBy(primaryKey, NullsFirst.Instance);
    }

    /// <summary>What a column sorts by: the label of a choice, the name of a lookup, else its value.</summary>
    public object? SortKey(BoundColumn column, Entity?[] row)
    {
        var stored = row[column.Slot] is { } entity && entity.Attributes.TryGetValue(column.Column.LogicalName, out var value) ? value : null;
        return stored switch
        {
            OptionSetValue option when !rawChoiceOrder => FormattedValue.Label(column.Column, option.Value) ?? option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EntityReference reference => names.NameOf(reference),
            _ => column.Read(row),
        };
    }
}
