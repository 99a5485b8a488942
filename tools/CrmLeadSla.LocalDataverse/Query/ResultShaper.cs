using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Turns a joined row into the entity RetrieveMultiple returns: a copy holding only the asked columns
/// that have a value, the primary key, the link columns as AliasedValue under "alias.column", aliased
/// columns as AliasedValue under their alias, formatted values, and lookups named after the rows they
/// point at. A column the caller may not read (column-level security) is left out, as Dataverse returns no value for it.
/// </summary>
internal sealed class ResultShaper(ReferenceNames names, Func<string, ColumnDefinition, bool>? canReadColumn = null)
{
    private readonly Func<string, ColumnDefinition, bool> canRead = canReadColumn ?? ((_, _) => true);

    /// <summary>The result entity of a joined row.</summary>
    public Entity Shape(Entity?[] row, BoundQuery query)
    {
        var root = row[0]!;
        var table = query.Table;
        var result = new Entity(table.LogicalName);
        // A distinct query returns the key only when it asks for it: the key would make every row distinct.
        if (!query.Distinct || query.Columns.All || query.Columns.Columns.Any(c => c.Kind == ColumnKind.PrimaryKey))
        {
            result.Id = root.Id;
            result.RowVersion = root.RowVersion;
            result[table.PrimaryIdAttribute] = root.Id;
        }

        foreach (var (column, value) in Selected(root, table, query.Columns))
        {
            var copy = Copy(value);
            result[column.LogicalName] = copy;
            AddFormatted(result, column.LogicalName, column, copy);
        }

        foreach (var (column, alias) in query.AliasedColumns)
        {
            if (row[column.Slot] is { } source && canRead(column.Table.LogicalName, column.Column) && source.Attributes.TryGetValue(column.Column.LogicalName, out var value) && value is not null)
            {
                AddAliased(result, alias, column.Table, column.Column, value);
            }
        }

        foreach (var link in query.AllLinks.Where(link => !link.FiltersOnly && row[link.Slot] is not null))
        {
            foreach (var (column, value) in Selected(row[link.Slot]!, link.Table, link.Columns))
            {
                AddAliased(result, $"{link.Alias}.{column.LogicalName}", link.Table, column, value);
            }
        }

        return result;
    }

    /// <summary>A copy of a stored value the caller may change without changing the store.</summary>
    public object Copy(object value) => value switch
    {
        Money money => new Money(money.Value),
        OptionSetValue option => new OptionSetValue(option.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        EntityReference reference => names.Named(reference),
        _ => value,
    };

    /// <summary>Adds the formatted value of a column under the key its value has.</summary>
    public static void AddFormatted(Entity result, string key, ColumnDefinition column, object value)
    {
        if (FormattedValue.Of(column, value) is { } text)
        {
            result.FormattedValues[key] = text;
        }
    }

    private void AddAliased(Entity result, string key, TableDefinition table, ColumnDefinition column, object value)
    {
        var copy = Copy(value);
        result[key] = new AliasedValue(table.LogicalName, column.LogicalName, copy);
        AddFormatted(result, key, column, copy);
    }

    private IEnumerable<(ColumnDefinition Column, object Value)> Selected(Entity row, TableDefinition table, ColumnSelection selection)
    {
        var columns = selection.All
            ? row.Attributes.Keys.Select(table.Column).OfType<ColumnDefinition>()
            : selection.Columns;
        foreach (var column in columns.DistinctBy(c => c.LogicalName).Where(c => canRead(table.LogicalName, c)))
        {
            // Dataverse leaves null columns out of the result.
            if (row.Attributes.TryGetValue(column.LogicalName, out var value) && value is not null)
            {
                yield return (column, value);
            }
        }
    }
}
