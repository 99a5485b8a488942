using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>What a view is for, with Dataverse's <c>querytype</c> value.</summary>
public enum ViewQueryType
{
    /// <summary>A view users pick in a table's list (querytype 0).</summary>
    Public = 0,

    /// <summary>The default view of Advanced Find (querytype 1).</summary>
    AdvancedFind = 1,

    /// <summary>The view of a subgrid of related rows on a form (querytype 2).</summary>
    Associated = 2,

    /// <summary>The Quick Find view: its find columns are searched (querytype 4).</summary>
    QuickFind = 4,

    /// <summary>The view of a lookup's search (querytype 64).</summary>
    Lookup = 64,
}

/// <summary>One column of a view's grid.</summary>
/// <param name="Name">A column of the view's table, or <c>alias.column</c> of a linked table.</param>
/// <param name="Width">Width in pixels.</param>
public sealed record ViewColumn(string Name, int Width);

/// <summary>A system view (savedquery): FetchXML and the grid's columns, named in every solution language.</summary>
public sealed record ViewDefinition
{
    /// <summary>The savedqueryid: fixed, so an import updates the view instead of adding a second one.</summary>
    public required Guid Id { get; init; }

    /// <summary>The table the view lists (returnedtypecode).</summary>
    public required string Table { get; init; }

    /// <summary>Name per language.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Description per language.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>What the view is for.</summary>
    public required ViewQueryType QueryType { get; init; }

    /// <summary>True for the table's default view of its query type.</summary>
    public bool IsDefault { get; init; }

    /// <summary>The query, as FetchXML (the <c>&lt;fetch&gt;</c> element without formatting).</summary>
    public required string FetchXml { get; init; }

    /// <summary>The grid's columns in order.</summary>
    public required IReadOnlyList<ViewColumn> Layout { get; init; }

    /// <summary>The file the view was read from, relative to the solution folder.</summary>
    public required string SourceFile { get; init; }
}
