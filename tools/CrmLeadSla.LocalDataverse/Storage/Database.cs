using CrmLeadSla.LocalDataverse.Query;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>
/// The committed state: in-memory tables of rows, keyed by table and id. Every change goes through a
/// <see cref="Transaction"/>, which keeps its writes to itself and publishes them here when it commits.
/// Safe for parallel requests: reads see committed rows, writes lock their rows until commit (<see cref="RowLocks"/>).
/// </summary>
public sealed class Database : IRowReader
{
    private readonly Lock sync = new();
    private readonly Dictionary<string, Dictionary<Guid, Entity>> tables = new(StringComparer.OrdinalIgnoreCase);
    private readonly ReferenceIndex references = new();
    private readonly StoredValues values = new();
    private long lastVersion;

    /// <summary>Creates an empty database whose row locks wait at most <paramref name="lockTimeout"/> (default 30 s).</summary>
    public Database(TimeSpan? lockTimeout = null) => Locks = new RowLocks(lockTimeout ?? TimeSpan.FromSeconds(30));

    /// <summary>How many times a transaction waited for a row another transaction had locked.</summary>
    public long LockWaits => Locks.Waits;

    internal RowLocks Locks { get; }

    /// <summary>Starts a transaction: its writes show to itself at once, to everyone else when it commits.</summary>
    public Transaction BeginTransaction() => new(this);

    /// <summary>The names of the tables that hold (or held) rows.</summary>
    public IReadOnlyList<string> TableNames
    {
        get
        {
            lock (sync)
            {
                return tables.Keys.ToList();
            }
        }
    }

    /// <summary>Committed rows of the table, as copies; outside a transaction, as the pre-validation stage reads.</summary>
    public IEnumerable<Entity> Rows(string tableLogicalName)
    {
        lock (sync)
        {
            return tables.TryGetValue(tableLogicalName, out var rows) ? rows.Values.Select(RowCopy.Of).ToList() : [];
        }
    }

    /// <summary>The committed row with this id, as a copy, or null.</summary>
    public Entity? Find(string tableLogicalName, Guid id)
    {
        lock (sync)
        {
            return Stored(tableLogicalName, id) is { } row ? RowCopy.Of(row) : null;
        }
    }

    /// <inheritdoc />
    public IEnumerable<Entity> RowsReferencing(string tableLogicalName, string column, Guid id) =>
        StoredRowsReferencing(tableLogicalName, column, id).Select(RowCopy.Of).ToList();

    /// <summary>The number of committed rows in a table.</summary>
    public int CountOf(string table)
    {
        lock (sync)
        {
            return tables.TryGetValue(table, out var rows) ? rows.Count : 0;
        }
    }

    /// <summary>
    /// The committed rows themselves, not copies, for readers that never mutate them (the query engine copies
    /// only the values it returns). A published row is never changed afterwards: a write publishes a new row.
    /// </summary>
    internal List<Entity> StoredRows(string tableLogicalName)
    {
        lock (sync)
        {
            return tables.TryGetValue(tableLogicalName, out var rows) ? rows.Values.ToList() : [];
        }
    }

    /// <summary>The committed rows (not copies) whose lookup <paramref name="column"/> refers to <paramref name="id"/>, through the index.</summary>
    internal List<Entity> StoredRowsReferencing(string tableLogicalName, string column, Guid id)
    {
        lock (sync)
        {
            if (!tables.TryGetValue(tableLogicalName, out var rows))
            {
                return [];
            }

            return references.RowsReferencing(tableLogicalName, column, id).Select(rowId => rows[rowId]).ToList();
        }
    }

    /// <summary>The next row version: Dataverse's versionnumber grows with every write of the organization.</summary>
    internal long NextVersion() => Interlocked.Increment(ref lastVersion);

    /// <summary>Whether a committed row exists (no copy made).</summary>
    internal bool Exists(RowKey key)
    {
        lock (sync)
        {
            return Stored(key.Table, key.Id) is not null;
        }
    }

    /// <summary>Publishes a transaction's writes at once, in the order they were made; null removes the row.</summary>
    internal void Publish(IEnumerable<KeyValuePair<RowKey, Entity?>> writes)
    {
        lock (sync)
        {
            foreach (var (key, written) in writes)
            {
                var row = written is null ? null : values.Compact(written);
                var before = Stored(key.Table, key.Id);
                references.Replace(key.Table, before, row);
                if (row is null)
                {
                    if (tables.TryGetValue(key.Table, out var rows))
                    {
                        rows.Remove(key.Id);
                    }

                    continue;
                }

                if (!tables.TryGetValue(key.Table, out var table))
                {
                    table = [];
                    tables.Add(key.Table, table);
                }

                table[key.Id] = row;
            }

            values.EndOfCommit();
        }
    }

    private Entity? Stored(string table, Guid id) =>
        tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row : null;
}
