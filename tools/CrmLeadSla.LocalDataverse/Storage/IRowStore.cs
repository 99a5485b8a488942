using CrmLeadSla.LocalDataverse.Query;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>Transactional reads and writes of rows: every write is undone when the transaction rolls back.</summary>
public interface IRowStore : IRowReader
{
    /// <summary>Stores a new row (a copy of it); its Id must be set and unused.</summary>
    void Insert(Entity row);

    /// <summary>Merges the columns of <paramref name="changes"/> into the stored row with the same Id.</summary>
    void Update(Entity changes);

    /// <summary>Removes the row.</summary>
    void Delete(string table, Guid id);
}
