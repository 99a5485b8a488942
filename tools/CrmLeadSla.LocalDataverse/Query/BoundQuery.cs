using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// A query checked against the metadata, with every name resolved. A joined row is an array with one
/// stored row per table of the query: slot 0 is the main table, each link has the next slot in
/// depth-first order; a slot is null where an outer join found nothing.
/// </summary>
internal sealed record BoundQuery(
    TableDefinition Table,
    ColumnSelection Columns,
    IReadOnlyList<BoundLink> Links,
    int SlotCount,
    Func<Entity?[], bool> Criteria,
    IReadOnlyList<BoundOrder> Orders,
    bool Distinct,
    int? TopCount,
    PagingInfo Paging)
{
    /// <summary>Columns returned as AliasedValue under an alias of their own (FetchXML attribute aliases).</summary>
    public IReadOnlyList<(BoundColumn Column, string Alias)> AliasedColumns { get; init; } = [];

    /// <summary>Every link of the query, depth first (the order of their slots).</summary>
    public IEnumerable<BoundLink> AllLinks => Links.SelectMany(link => link.SelfAndDescendants);
}

/// <summary>The columns asked of one table: all, or the listed ones.</summary>
internal sealed record ColumnSelection(bool All, IReadOnlyList<ColumnDefinition> Columns);

/// <summary>A column of one table of the query.</summary>
/// <param name="Slot">The table's slot in a joined row.</param>
/// <param name="Table">The table.</param>
/// <param name="Column">The column.</param>
internal sealed record BoundColumn(int Slot, TableDefinition Table, ColumnDefinition Column)
{
    /// <summary>The column's comparable value in a joined row, or null.</summary>
    public object? Read(Entity?[] row) => row[Slot] is { } stored ? ComparableValue.Read(stored, Column) : null;
}

/// <summary>A link-entity: a table joined to its parent's row.</summary>
internal sealed record BoundLink(
    int Slot,
    int ParentSlot,
    string Alias,
    TableDefinition Table,
    ColumnDefinition ParentColumn,
    ColumnDefinition LinkedColumn,
    JoinOperator Join,
    Func<Entity?[], bool> Criteria,
    ColumnSelection Columns,
    IReadOnlyList<BoundOrder> Orders,
    IReadOnlyList<BoundLink> Children)
{
    /// <summary>This link and the links under it, depth first.</summary>
    public IEnumerable<BoundLink> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);

    /// <summary>True for the joins that only filter the parent and add no row or column.</summary>
    public bool FiltersOnly => IsFilterJoin(Join);

    /// <summary>True for any, not-any, all, not-all, exists and in: joins that keep or drop the parent row and nothing more.</summary>
    public static bool IsFilterJoin(JoinOperator join) => join is JoinOperator.Any or JoinOperator.NotAny
        or JoinOperator.All or JoinOperator.NotAll or JoinOperator.Exists or JoinOperator.In;
}

/// <summary>One sort key of the result.</summary>
internal sealed record BoundOrder(BoundColumn Column, bool Descending);
