using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Concurrency;

[Trait("Category", "Reliability")]
public class RowLockTests
{
    private readonly Database database = new(TimeSpan.FromSeconds(10));

    [Fact]
    public void Other_transactions_read_the_committed_row_until_the_writer_commits()
    {
        var id = Committed(new Entity("lead") { ["subject"] = "before" });
        var writer = database.BeginTransaction();
        writer.Update(new Entity("lead", id) { ["subject"] = "after" });

        var whileOpen = database.BeginTransaction().Find("lead", id)!["subject"];
        writer.Commit();

        Assert.Equal(("before", "after"), (whileOpen, database.Find("lead", id)!["subject"]));
    }

    [Fact]
    public async Task A_second_writer_of_a_row_waits_until_the_first_commits_and_then_builds_on_its_write()
    {
        var id = Committed(new Entity("lead") { ["numberofemployees"] = 1 });
        var first = database.BeginTransaction();
        first.Update(new Entity("lead", id) { ["numberofemployees"] = 2 });
        var second = Task.Run(() =>
        {
            var transaction = database.BeginTransaction();
            var current = transaction.FindForUpdate("lead", id)!.GetAttributeValue<int>("numberofemployees");
            transaction.Update(new Entity("lead", id) { ["numberofemployees"] = current * 10 });
            transaction.Commit();
        });

        await Task.Delay(50);
        var waitedWhileOpen = !second.IsCompleted;
        first.Commit();
        await second;

        Assert.Equal((true, 20), (waitedWhileOpen, database.Find("lead", id)!.GetAttributeValue<int>("numberofemployees")));
    }

    [Fact]
    public async Task Two_transactions_locking_two_rows_in_opposite_order_end_in_a_deadlock_fault_for_one()
    {
        var a = Committed(new Entity("lead"));
        var b = Committed(new Entity("lead"));
        var first = database.BeginTransaction();
        var second = database.BeginTransaction();
        first.FindForUpdate("lead", a);
        second.FindForUpdate("lead", b);

        var outcomes = await Task.WhenAll(
            Task.Run(() => LockOrBeVictim(first, b)),
            Task.Run(() => LockOrBeVictim(second, a)));

        Assert.Single(outcomes, outcome => outcome == ErrorCodes.SqlDeadlock);
        Assert.Single(outcomes, outcome => outcome == 0);
    }

    [Fact]
    public void A_writer_waiting_longer_than_the_lock_timeout_fails_with_a_sql_timeout()
    {
        var impatient = new Database(TimeSpan.FromMilliseconds(100));
        var id = Guid.NewGuid();
        var setup = impatient.BeginTransaction();
        setup.Insert(new Entity("lead", id));
        setup.Commit();
        var holder = impatient.BeginTransaction();
        holder.FindForUpdate("lead", id);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => impatient.BeginTransaction().Update(new Entity("lead", id) { ["subject"] = "late" }));

        Assert.Equal(ErrorCodes.SqlTimeout, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Rolling_back_releases_the_locks_for_the_next_writer()
    {
        var id = Committed(new Entity("lead"));
        var failed = database.BeginTransaction();
        failed.Update(new Entity("lead", id) { ["subject"] = "undone" });
        failed.RollBack();

        var next = database.BeginTransaction();
        next.Update(new Entity("lead", id) { ["subject"] = "kept" });
        next.Commit();

        Assert.Equal("kept", database.Find("lead", id)!["subject"]);
    }

    // The victim rolls back (as the platform does), which lets the other transaction take its lock.
    private static int LockOrBeVictim(Transaction transaction, Guid row)
    {
        try
        {
            transaction.FindForUpdate("lead", row);
            transaction.Commit();
            return 0;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            transaction.RollBack();
            return fault.Detail.ErrorCode;
        }
    }

    private Guid Committed(Entity row)
    {
        row.Id = Guid.NewGuid();
        var transaction = database.BeginTransaction();
        transaction.Insert(row);
        transaction.Commit();
        return row.Id;
    }
}
