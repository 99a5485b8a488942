using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>Rows as stored; the query engine reads them and never mutates them.</summary>
public interface IRowReader
{
    /// <summary>Every stored row of the table (empty when the table has none).</summary>
    IEnumerable<Entity> Rows(string tableLogicalName);

    /// <summary>The stored row with this id, or null.</summary>
    Entity? Find(string tableLogicalName, Guid id);

    /// <summary>
    /// The stored rows of the table whose lookup <paramref name="column"/> may hold <paramref name="id"/>: at least every
    /// such row, possibly more (the caller still applies its criteria). Without an index, every row of the table.
    /// </summary>
    IEnumerable<Entity> RowsReferencing(string tableLogicalName, string column, Guid id) => Rows(tableLogicalName);
}
