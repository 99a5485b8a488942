using CrmLeadSla.LocalDataverse.Faults;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>
/// Exclusive row locks, as SQL Server takes them for Dataverse: a transaction that writes a row holds its lock until it
/// commits or rolls back; another transaction that wants to write the row waits. A wait that would close a cycle is a
/// deadlock, and the transaction that would close it is the victim; a wait longer than the timeout fails too.
/// </summary>
internal sealed class RowLocks(TimeSpan timeout)
{
    private readonly object sync = new();
    private readonly Dictionary<RowKey, Transaction> owners = [];
    private readonly Dictionary<Transaction, Transaction> waitsFor = [];

    /// <summary>How many times a transaction had to wait for another's lock (a measure of the contention held).</summary>
    public long Waits { get; private set; }

    /// <summary>Takes the row's lock for the transaction, waiting while another holds it. Re-entrant per transaction.</summary>
    public void Acquire(Transaction transaction, RowKey key)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (sync)
        {
            while (owners.TryGetValue(key, out var owner) && owner != transaction)
            {
                if (WaitWouldCloseCycle(transaction, owner))
                {
                    throw Fault.Of(
                        ErrorCodes.SqlDeadlock,
                        $"Generic SQL error. The transaction was deadlocked on the {key.Table} row {key.Id:D} with another transaction and has been chosen as the deadlock victim. Rerun the transaction.");
                }

                var remaining = deadline - DateTime.UtcNow;
                if (remaining <= TimeSpan.Zero)
                {
                    throw Fault.Of(
                        ErrorCodes.SqlTimeout,
                        $"SQL timeout expired. The {key.Table} row {key.Id:D} stayed locked by another transaction for more than {timeout.TotalSeconds:0.###} seconds.");
                }

                waitsFor[transaction] = owner;
                Waits++;
                try
                {
                    Monitor.Wait(sync, remaining);
                }
                finally
                {
                    waitsFor.Remove(transaction);
                }
            }

            owners[key] = transaction;
        }
    }

    /// <summary>Releases the transaction's locks and wakes the transactions waiting for them.</summary>
    public void ReleaseAll(Transaction transaction, IEnumerable<RowKey> keys)
    {
        lock (sync)
        {
            foreach (var key in keys)
            {
                if (owners.TryGetValue(key, out var owner) && owner == transaction)
                {
                    owners.Remove(key);
                }
            }

            Monitor.PulseAll(sync);
        }
    }

    private bool WaitWouldCloseCycle(Transaction waiter, Transaction owner)
    {
        for (var next = owner; next is not null; next = waitsFor.GetValueOrDefault(next))
        {
            if (next == waiter)
            {
                return true;
            }
        }

        return false;
    }
}
