using CrmLeadSla.LocalDataverse.Query;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>Transactional reads and writes of rows: every write is undone when the transaction rolls back.</summary>
public interface IRowStore : IRowReader
{
    /// <summary>
    /// Locks the row for this transaction (waiting while another transaction holds it) and returns it as it stands
    /// then, or null: what a write reads before it decides, so no other writer can change the row in between.
    /// </summary>
    Entity? FindForUpdate(string tableLogicalName, Guid id);

    /// <summary>Stores a new row (a copy of it); its Id must be set and unused.</summary>
    void Insert(Entity row);

    /// <summary>Merges the columns of <paramref name="changes"/> into the stored row with the same Id.</summary>
    void Update(Entity changes);

    /// <summary>Removes the row.</summary>
    void Delete(string table, Guid id);
}
