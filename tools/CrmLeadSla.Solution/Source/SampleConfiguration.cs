using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Solution.Source;

/// <summary>One column value of a sample row, typed by the column's metadata.</summary>
/// <param name="Column">Logical name of the column.</param>
/// <param name="Kind">The column's type.</param>
/// <param name="Value">string, int, long, decimal, double, bool, DateTime (UTC), Guid; an option value (int); option values (int[]); the referenced row's id (Guid) for a lookup.</param>
/// <param name="Target">The referenced table of a lookup; null otherwise.</param>
public sealed record SampleValue(string Column, ColumnKind Kind, object Value, string? Target = null)
{
    /// <summary>The value as the organization service takes it (a new object on every call, so callers may change it).</summary>
    public object ToAttributeValue() => Kind switch
    {
        ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => new OptionSetValue((int)Value),
        ColumnKind.MultiSelectPicklist => new OptionSetValueCollection(((int[])Value).Select(v => new OptionSetValue(v)).ToList()),
        ColumnKind.Lookup or ColumnKind.Customer => new EntityReference(Target, (Guid)Value),
        ColumnKind.Money => new Money((decimal)Value),
        _ => Value,
    };
}

/// <summary>One row of the sample configuration, with a fixed id so loading it twice finds it again.</summary>
/// <param name="Table">The table.</param>
/// <param name="KeyColumn">The table's primary key column.</param>
/// <param name="Id">The row's id.</param>
/// <param name="Values">Its column values.</param>
public sealed record SampleRow(string Table, string KeyColumn, Guid Id, IReadOnlyList<SampleValue> Values)
{
    /// <summary>The ids of the sample rows this row's lookups point at.</summary>
    public IEnumerable<Guid> References => Values.Where(v => v.Target is not null).Select(v => (Guid)v.Value);

    /// <summary>A new Entity for Create.</summary>
    public Entity ToEntity()
    {
        var entity = new Entity(Table, Id);
        foreach (var value in Values)
        {
            entity[value.Column] = value.ToAttributeValue();
        }

        return entity;
    }
}

/// <summary>
/// The sample configuration (Solution/SampleData/): a scoring model with its rules, an agreement and the usual rejection reasons,
/// in dependency order — every row after the rows its lookups point at.
/// </summary>
/// <param name="Rows">The rows, each after the rows it references.</param>
public sealed record SampleConfiguration(IReadOnlyList<SampleRow> Rows)
{
    /// <summary>No sample configuration (a solution folder without SampleData/).</summary>
    public static readonly SampleConfiguration None = new([]);

    /// <summary>New Entity objects for every row, in dependency order.</summary>
    public IEnumerable<Entity> ToEntities() => Rows.Select(r => r.ToEntity());
}
