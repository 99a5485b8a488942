using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>Read access to the stored rows, as the query engine needs it.</summary>
public interface IRowReader
{
    /// <summary>Every row of the table (copies the caller may change).</summary>
    IEnumerable<Entity> Rows(string tableLogicalName);

    /// <summary>The row with this id (a copy), or null when there is none.</summary>
    Entity? Find(string tableLogicalName, Guid id);
}
