using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>
/// The database transaction of one operation tree. Writes show at once (the operation and its nested
/// calls read their own writes); an undo log restores every written row if the transaction rolls back.
/// </summary>
public sealed class Transaction : IRowStore
{
    private readonly Database database;
    private readonly Stack<(string Table, Guid Id, Entity? Before)> undoLog = new();
    private readonly List<Action> afterCommit = [];

    internal Transaction(Database database) => this.database = database;

    /// <summary>True once the transaction has been committed or rolled back.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>True when a failure rolled the transaction back: Dataverse refuses any further write in it.</summary>
    public bool IsRolledBack { get; private set; }

    /// <inheritdoc />
    /// <remarks>
    /// A snapshot of the stored rows themselves, not copies: readers never mutate them and the query engine
    /// copies only the values it returns, so a query no longer copies the whole table.
    /// </remarks>
    public IEnumerable<Entity> Rows(string tableLogicalName) => database.StoredRows(tableLogicalName).ToList();

    /// <inheritdoc />
    public Entity? Find(string tableLogicalName, Guid id) => database.Find(tableLogicalName, id);

    /// <inheritdoc />
    public void Insert(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        EnsureActive();
        if (database.Stored(row.LogicalName, row.Id) is not null)
        {
            throw Fault.Of(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");
        }

        var stored = RowCopy.Of(row);
        Stamp(stored);
        undoLog.Push((row.LogicalName, row.Id, null));
        database.Put(stored);
    }

    /// <inheritdoc />
    public void Update(Entity changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        EnsureActive();
        var before = database.Stored(changes.LogicalName, changes.Id)
            ?? throw Fault.ObjectDoesNotExist(changes.LogicalName, changes.Id);
        var after = RowCopy.Of(before);
        foreach (var column in changes.Attributes)
        {
            after.Attributes[column.Key] = RowCopy.ValueOf(column.Value);
        }

        Stamp(after);
        undoLog.Push((changes.LogicalName, changes.Id, before));
        database.Put(after);
    }

    /// <inheritdoc />
    public void Delete(string table, Guid id)
    {
        EnsureActive();
        var before = database.Stored(table, id) ?? throw Fault.ObjectDoesNotExist(table, id);
        undoLog.Push((table, id, before));
        database.Remove(table, id);
    }

    /// <summary>Runs <paramref name="action"/> once the transaction commits (e.g. queues asynchronous steps); dropped on rollback.</summary>
    public void AfterCommit(Action action) => afterCommit.Add(action);

    /// <summary>Keeps every write and runs the after-commit actions.</summary>
    public void Commit()
    {
        EnsureActive();
        IsFinished = true;
        undoLog.Clear();
        foreach (var action in afterCommit)
        {
            action();
        }
    }

    /// <summary>Undoes every write of the transaction, newest first. A second rollback does nothing.</summary>
    public void RollBack()
    {
        if (IsFinished)
        {
            return;
        }

        while (undoLog.TryPop(out var entry))
        {
            if (entry.Before is null)
            {
                database.Remove(entry.Table, entry.Id);
            }
            else
            {
                database.Put(entry.Before);
            }
        }

        afterCommit.Clear();
        IsFinished = true;
        IsRolledBack = true;
    }

    private void Stamp(Entity row)
    {
        // versionnumber: a new row version on every write, as Dataverse's rowversion column.
        var version = database.NextVersion();
        row["versionnumber"] = version;
        row.RowVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
