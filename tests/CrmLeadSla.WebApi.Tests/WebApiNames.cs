using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>
/// The names a Web API client writes in a URL or body for our tables, as the solution model declares them: a table's
/// entity set, a row's address, a lookup's value property and the collection of rows that look up a row.
/// </summary>
internal static class WebApiNames
{
    /// <summary>The entity set of <paramref name="table"/>, e.g. <c>leads</c> for <c>lead</c>.</summary>
    public static string EntitySet(this MetadataModel metadata, string table) =>
        metadata.FindTable(table)?.EntitySetName ?? throw new InvalidOperationException($"The metadata has no entity set for the table {table}.");

    /// <summary>The address of one row relative to the service root, e.g. <c>leads(…)</c>.</summary>
    public static string RowAddress(this MetadataModel metadata, string table, Guid id) => $"{metadata.EntitySet(table)}({id})";

    /// <summary>
    /// The collection-valued navigation property of the referenced table that holds the rows whose
    /// <paramref name="lookup"/> on <paramref name="referencingTable"/> points at it: the relationship's schema name.
    /// </summary>
    public static string Collection(this MetadataModel metadata, string referencingTable, string lookup) =>
        metadata.OneToMany.SingleOrDefault(r => r.ReferencingEntity == referencingTable && r.ReferencingAttribute == lookup)?.SchemaName
            ?? throw new InvalidOperationException($"The metadata has no relationship for the lookup {lookup} of {referencingTable}.");

    /// <summary>The property that carries a lookup's id in a row the Web API answers, e.g. <c>_ownerid_value</c>.</summary>
    public static string LookupValue(string lookup) => $"_{lookup}_value";
}
