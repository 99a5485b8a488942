using CrmLeadSla.LocalDataverse.Query;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>
/// The committed state: in-memory tables of rows, keyed by table and id. Every change goes through a
/// <see cref="Transaction"/>, which records how to undo it.
/// </summary>
/// <remarks>
/// Single-threaded: one operation tree runs at a time. Row locks for parallel requests belong in
/// <see cref="Transaction"/>, which sees every read and write.
/// </remarks>
public sealed class Database : IRowReader
{
    private readonly Dictionary<string, Dictionary<Guid, Entity>> tables = new(StringComparer.OrdinalIgnoreCase);
    private long lastVersion;

    /// <summary>Starts a transaction: its writes show at once and are undone if it rolls back.</summary>
    public Transaction BeginTransaction() => new(this);

    /// <summary>Committed rows of the table, as copies; outside a transaction, as the pre-validation stage reads.</summary>
    public IEnumerable<Entity> Rows(string tableLogicalName) => StoredRows(tableLogicalName).Select(RowCopy.Of).ToList();

    /// <summary>The row with this id, as a copy, or null.</summary>
    public Entity? Find(string tableLogicalName, Guid id) => Stored(tableLogicalName, id) is { } row ? RowCopy.Of(row) : null;

    /// <summary>The number of rows in a table.</summary>
    public int CountOf(string table) => tables.TryGetValue(table, out var rows) ? rows.Count : 0;

    internal IEnumerable<Entity> StoredRows(string table) =>
        tables.TryGetValue(table, out var rows) ? rows.Values : [];

    internal Entity? Stored(string table, Guid id) =>
        tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row : null;

    internal void Put(Entity row)
    {
        if (!tables.TryGetValue(row.LogicalName, out var rows))
        {
            rows = [];
            tables.Add(row.LogicalName, rows);
        }

        rows[row.Id] = row;
    }

    internal void Remove(string table, Guid id)
    {
        if (tables.TryGetValue(table, out var rows))
        {
            rows.Remove(id);
        }
    }

    /// <summary>The next row version: Dataverse's versionnumber grows with every write of the organization.</summary>
    internal long NextVersion() => ++lastVersion;
}
