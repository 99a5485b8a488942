using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>
/// The database transaction of one operation tree. Its writes show at once to itself (the operation and its nested
/// calls read their own writes) and to nobody else until it commits; other transactions read the committed rows.
/// Every written row stays locked until the transaction commits or rolls back, so a second writer of the row waits.
/// </summary>
public sealed class Transaction : IRowStore
{
    private readonly Database database;
    private readonly Dictionary<RowKey, Entity?> written = [];
    private readonly List<RowKey> writeOrder = [];
    private readonly HashSet<RowKey> locked = [];
    private readonly List<Action> afterCommit = [];

    internal Transaction(Database database) => this.database = database;

    /// <summary>True once the transaction has been committed or rolled back.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>True when a failure rolled the transaction back: Dataverse refuses any further write in it.</summary>
    public bool IsRolledBack { get; private set; }

    /// <inheritdoc />
    public IEnumerable<Entity> Rows(string tableLogicalName) =>
        // Stored rows without copies: a query reads the whole table and copies only what it returns.
        WithOwnWrites(tableLogicalName, database.StoredRows(tableLogicalName));

    /// <inheritdoc />
    public IEnumerable<Entity> RowsReferencing(string tableLogicalName, string column, Guid id) =>
        // Own writes that no longer (or newly) refer to the id are included too: the query's criteria decide.
        WithOwnWrites(tableLogicalName, database.StoredRowsReferencing(tableLogicalName, column, id));

    /// <inheritdoc />
    public Entity? Find(string tableLogicalName, Guid id) =>
        written.TryGetValue(new RowKey(tableLogicalName, id), out var mine)
            ? mine is null ? null : RowCopy.Of(mine)
            : database.Find(tableLogicalName, id);

    /// <inheritdoc />
    public Entity? FindForUpdate(string tableLogicalName, Guid id)
    {
        EnsureActive();
        Lock(new RowKey(tableLogicalName, id));
        return Find(tableLogicalName, id);
    }

    /// <inheritdoc />
    public void Insert(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        EnsureActive();
        var key = new RowKey(row.LogicalName, row.Id);
        Lock(key);
        if (written.TryGetValue(key, out var mine) ? mine is not null : database.Exists(key))
        {
            throw Fault.Of(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");
        }

        var stored = RowCopy.Of(row);
        Stamp(stored);
        Write(key, stored);
    }

    /// <inheritdoc />
    public void Update(Entity changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        EnsureActive();
        var before = FindForUpdate(changes.LogicalName, changes.Id)
            ?? throw Fault.ObjectDoesNotExist(changes.LogicalName, changes.Id);
        foreach (var column in changes.Attributes)
        {
            before.Attributes[column.Key] = RowCopy.ValueOf(column.Value);
        }

        Stamp(before);
        Write(new RowKey(changes.LogicalName, changes.Id), before);
    }

    /// <inheritdoc />
    public void Delete(string table, Guid id)
    {
        EnsureActive();
        _ = FindForUpdate(table, id) ?? throw Fault.ObjectDoesNotExist(table, id);
        Write(new RowKey(table, id), null);
    }

    /// <summary>Runs <paramref name="action"/> once the transaction commits (e.g. queues asynchronous steps); dropped on rollback.</summary>
    public void AfterCommit(Action action) => afterCommit.Add(action);

    /// <summary>Publishes every write at once, releases the row locks and runs the after-commit actions.</summary>
    public void Commit()
    {
        EnsureActive();
        database.Publish(writeOrder.Select(key => new KeyValuePair<RowKey, Entity?>(key, written[key])));
        Finish();
        foreach (var action in afterCommit)
        {
            action();
        }
    }

    /// <summary>Drops every write of the transaction and releases its row locks. A second rollback does nothing.</summary>
    public void RollBack()
    {
        if (IsFinished)
        {
            return;
        }

        afterCommit.Clear();
        IsRolledBack = true;
        Finish();
    }

    private void Finish()
    {
        IsFinished = true;
        written.Clear();
        writeOrder.Clear();
        database.Locks.ReleaseAll(this, locked);
        locked.Clear();
    }

    private void Lock(RowKey key)
    {
        if (locked.Add(key))
        {
            try
            {
                database.Locks.Acquire(this, key);
            }
            catch
            {
                locked.Remove(key);
                throw;
            }
        }
    }

    private void Write(RowKey key, Entity? row)
    {
        if (!written.ContainsKey(key))
        {
            writeOrder.Add(key);
        }

        written[key] = row;
    }

    private void Stamp(Entity row)
    {
        // versionnumber: a new row version on every write, as Dataverse's rowversion column.
        var version = database.NextVersion();
        row["versionnumber"] = version;
        row.RowVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // The committed rows as this transaction sees them: its updates instead, its deletes dropped, its other writes of the table added.
    private List<Entity> WithOwnWrites(string tableLogicalName, List<Entity> committed)
    {
        var table = new RowKey(tableLogicalName, Guid.Empty).Table;
        if (!writeOrder.Any(key => key.Table == table))
        {
            return committed;
        }

        var rows = new List<Entity>(committed.Count);
        var seen = new HashSet<Guid>();
        foreach (var row in committed)
        {
            seen.Add(row.Id);
            if (!written.TryGetValue(new RowKey(tableLogicalName, row.Id), out var mine))
            {
                rows.Add(row);
            }
            else if (mine is not null)
            {
                rows.Add(RowCopy.Of(mine));
            }
        }

        foreach (var key in writeOrder.Where(k => k.Table == table && !seen.Contains(k.Id)))
        {
            if (written[key] is { } mine)
            {
                rows.Add(RowCopy.Of(mine));
            }
        }

        return rows;
    }

    private void EnsureActive()
    {
        if (IsFinished)
        {
            throw Fault.Of(
                ErrorCodes.NoActiveTransaction,
                "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");
        }
    }
}
