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

    /// <summary>
    /// The first <paramref name="count"/> rows in the query's order, as <see cref="Sort"/> would put them, found in one pass
    /// that keeps only those rows: a "latest row" query (TopCount 1) does not sort every row it reads.
    /// </summary>
    public IReadOnlyList<Entity?[]> First(IEnumerable<Entity?[]> rows, IReadOnlyList<BoundOrder> orders, int count)
    {
        var kept = new List<(object?[] Keys, Entity?[] Row)>(count + 1);
        foreach (var row in rows)
        {
            var keys = new object?[orders.Count + 1];
            for (var index = 0; index < orders.Count; index++)
            {
                keys[index] = SortKey(orders[index].Column, row);
            }

            keys[orders.Count] = row[0]!.Id;
            if (kept.Count == count && Compare(keys, kept[^1].Keys, orders) >= 0)
            {
                continue;
            }

            // Rows with equal keys keep the order they came in, as the stable sort does.
            var at = kept.FindLastIndex(entry => Compare(entry.Keys, keys, orders) <= 0) + 1;
            kept.Insert(at, (keys, row));
            if (kept.Count > count)
            {
                kept.RemoveAt(count);
            }
        }

        return kept.Select(entry => entry.Row).ToList();
    }

    private static int Compare(object?[] left, object?[] right, IReadOnlyList<BoundOrder> orders)
    {
        for (var index = 0; index < left.Length; index++)
        {
            var compared = NullsFirst.Instance.Compare(left[index], right[index]);
            if (compared != 0)
            {
                return index < orders.Count && orders[index].Descending ? -compared : compared;
            }
        }

        return 0;
    }

    // What a column sorts by: the label of a choice, the name of a lookup, else its value.
    private object? SortKey(BoundColumn column, Entity?[] row)
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
