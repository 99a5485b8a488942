using System.Globalization;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query.Aggregation;

/// <summary>
/// Computes an aggregate FetchXML query: one result row per group, each group-by and aggregate column as an
/// AliasedValue under its alias. Counts are int; sum, avg, min and max keep the column's type (money as
/// Money, whole numbers as int, avg of whole numbers truncated as SQL Server's AVG does).
/// </summary>
internal sealed class AggregateEvaluator(ResultShaper shaper)
{
    /// <summary>The most rows an aggregate may cover (Dataverse's AggregateQueryRecordLimit).</summary>
    public const int RecordLimit = 50_000;

    /// <summary>The result rows of the groups, ordered by the aliases the query sorts by, then by the group keys.</summary>
    public List<Entity> Evaluate(string table, AggregateRequest aggregate, IReadOnlyList<(AggregateColumn Request, BoundColumn Column)> columns, IEnumerable<Entity?[]> rows)
    {
        var matching = rows.Take(aggregate.RecordLimit + 1).ToList();
        if (matching.Count > aggregate.RecordLimit)
        {
            throw QueryFaults.Fault(QueryFaults.AggregateQueryRecordLimit, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");
        }

        foreach (var (request, column) in columns)
        {
            CheckApplies(request, column);
        }

        var keys = columns.Where(c => c.Request.Function is null).ToList();
        var groups = matching
            .GroupBy(row => string.Join('\u0001', keys.Select(k => KeyText(GroupValue(k.Request, k.Column, row)))), StringComparer.Ordinal)
            .Select(group => group.ToList())
            .ToList();
        // Without group-by columns an aggregate has one row, even over no rows (count 0).
        if (keys.Count == 0 && groups.Count == 0)
        {
            groups.Add([]);
        }

        var results = groups.Select(group => Row(table, columns, group)).ToList();
        IOrderedEnumerable<Entity> sorted = results.OrderBy(_ => 0);
        foreach (var (alias, descending) in aggregate.Orders.Concat(keys.Select(k => (k.Request.Alias, false))))
        {
            Func<Entity, object?> key = result => SortValue(result, alias);
            sorted = descending ? sorted.ThenByDescending(key, NullsFirst.Instance) : sorted.ThenBy(key, NullsFirst.Instance);
        }

        return sorted.ToList();
    }

    private Entity Row(string table, IReadOnlyList<(AggregateColumn Request, BoundColumn Column)> columns, List<Entity?[]> group)
    {
        var result = new Entity(table);
        foreach (var (request, column) in columns)
        {
            var value = request.Function is { } function ? Aggregate(function, request.Distinct, column, group) : GroupValue(request, column, group[0]);
            if (value is null)
            {
                continue;
            }

            result[request.Alias] = new AliasedValue(column.Table.LogicalName, column.Column.LogicalName, value);
            if (request.Function is null && request.Grouping == DateGrouping.None)
            {
                ResultShaper.AddFormatted(result, request.Alias, column.Column, value);
            }
        }

        return result;
    }

    private object? GroupValue(AggregateColumn request, BoundColumn column, Entity?[] row)
    {
        var stored = Stored(column, row);
        return (stored, request.Grouping) switch
        {
            (null, _) => null,
            (DateTime date, DateGrouping.Day) => date.Day,
            // SQL Server's DATEPART(week): the week holding 1 January is week 1, weeks start on Sunday.
            (DateTime date, DateGrouping.Week) => ((date.DayOfYear + (int)new DateTime(date.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc).DayOfWeek - 1) / 7) + 1,
            (DateTime date, DateGrouping.Month) => date.Month,
            (DateTime date, DateGrouping.Quarter) => ((date.Month - 1) / 3) + 1,
            (DateTime date, DateGrouping.Year) => date.Year,
            _ => shaper.Copy(stored),
        };
    }

    private static object? Aggregate(AggregateFunction function, bool distinct, BoundColumn column, List<Entity?[]> group)
    {
        if (function == AggregateFunction.Count)
        {
            return group.Count;
        }

        var values = group.Select(column.Read).OfType<object>().ToList();
        if (function == AggregateFunction.CountColumn)
        {
            return distinct ? values.Select(JoinKey.Of).Distinct().Count() : values.Count;
        }

        // A sum over nulls only is 0, as Dataverse returns it; avg, min and max are null.
        if (values.Count == 0)
        {
            return function == AggregateFunction.Sum ? AsColumnType(column.Column.Kind, 0m) : null;
        }

        return function switch
        {
            AggregateFunction.Min => AsColumnType(column.Column.Kind, values.Min(NullsFirst.Instance)!),
            AggregateFunction.Max => AsColumnType(column.Column.Kind, values.Max(NullsFirst.Instance)!),
            AggregateFunction.Sum => AsColumnType(column.Column.Kind, Sum(values)),
            _ => AsColumnType(column.Column.Kind, Average(values, column.Column.Kind)),
        };
    }

    private static object Sum(List<object> values) => values[0] is double
        ? values.Cast<double>().Sum()
        : values.Sum(v => Convert.ToDecimal(v, CultureInfo.InvariantCulture));

    private static object Average(List<object> values, ColumnKind kind) => Sum(values) switch
    {
        double sum => sum / values.Count,
        decimal sum when kind is ColumnKind.Integer or ColumnKind.BigInt => decimal.Truncate(sum / values.Count),
        decimal sum => sum / values.Count,
        _ => throw new InvalidOperationException("A sum is double or decimal."),
    };

    private static object AsColumnType(ColumnKind kind, object value) => kind switch
    {
        ColumnKind.Money => new Money(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        ColumnKind.Integer => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        ColumnKind.BigInt => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ColumnKind.Decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        ColumnKind.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static void CheckApplies(AggregateColumn request, BoundColumn column)
    {
        var kind = column.Column.Kind;
        var numeric = kind is ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Decimal or ColumnKind.Double or ColumnKind.Money;
        var valid = request.Function switch
        {
            AggregateFunction.Sum or AggregateFunction.Avg => numeric,
            AggregateFunction.Min or AggregateFunction.Max => numeric || kind == ColumnKind.DateTime,
            null => request.Grouping == DateGrouping.None ? kind != ColumnKind.MultiSelectPicklist : kind == ColumnKind.DateTime,
            _ => true,
        };
        if (!valid)
        {
            var what = request.Function?.ToString().ToLowerInvariant() ?? (request.Grouping == DateGrouping.None ? "groupby" : "dategrouping");
            throw QueryFaults.Fault(
                QueryFaults.InvalidArgument,
                $"The {what} of '{column.Table.LogicalName}.{column.Column.LogicalName}' (alias '{request.Alias}') is not valid for a column of type {kind}.");
        }
    }

    private static object? Stored(BoundColumn column, Entity?[] row) =>
        row[column.Slot] is { } entity && entity.Attributes.TryGetValue(column.Column.LogicalName, out var value) ? value : null;

    private static string KeyText(object? value)
    {
        var comparable = ComparableValue.FromStored(value);
        return comparable is null ? "\u0000" : Convert.ToString(JoinKey.Of(comparable), CultureInfo.InvariantCulture)!;
    }

    private static object? SortValue(Entity result, string alias) =>
        result.Attributes.TryGetValue(alias, out var value) && value is AliasedValue aliased ? ComparableValue.FromStored(aliased.Value) : null;
}
