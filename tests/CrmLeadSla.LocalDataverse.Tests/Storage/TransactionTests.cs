using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Storage;

public class TransactionTests
{
    private readonly Database database = new();

    [Fact]
    public void Rollback_undoes_inserts_updates_and_deletes()
    {
        var kept = Guid.NewGuid();
        var setup = database.BeginTransaction();
        setup.Insert(new Entity("lead", kept) { ["subject"] = "before" });
        setup.Commit();
        var transaction = database.BeginTransaction();
        transaction.Insert(new Entity("lead", Guid.NewGuid()));
        transaction.Update(new Entity("lead", kept) { ["subject"] = "after" });
        transaction.Delete("lead", kept);

        transaction.RollBack();

        Assert.Equal("before", Assert.Single(database.Rows("lead"))["subject"]);
    }

    [Fact]
    public void Writes_show_within_the_transaction_before_commit()
    {
        var id = Guid.NewGuid();
        var transaction = database.BeginTransaction();

        transaction.Insert(new Entity("lead", id));

        Assert.NotNull(transaction.Find("lead", id));
    }

    [Fact]
    public void Write_after_rollback_fails_with_no_active_transaction()
    {
        var transaction = database.BeginTransaction();
        transaction.RollBack();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => transaction.Insert(new Entity("lead", Guid.NewGuid())));

        Assert.Equal(ErrorCodes.NoActiveTransaction, fault.Detail.ErrorCode);
    }

    [Fact]
    public void After_commit_actions_run_only_on_commit()
    {
        var committed = database.BeginTransaction();
        var rolledBack = database.BeginTransaction();
        var ran = new List<string>();
        committed.AfterCommit(() => ran.Add("committed"));
        rolledBack.AfterCommit(() => ran.Add("rolled back"));

        rolledBack.RollBack();
        committed.Commit();

        Assert.Equal(["committed"], ran);
    }

    [Fact]
    public void Version_number_grows_with_every_write()
    {
        var id = Guid.NewGuid();
        var transaction = database.BeginTransaction();
        transaction.Insert(new Entity("lead", id));
        var first = transaction.Find("lead", id)!.GetAttributeValue<long>("versionnumber");

        transaction.Update(new Entity("lead", id) { ["subject"] = "x" });

        Assert.True(transaction.Find("lead", id)!.GetAttributeValue<long>("versionnumber") > first);
    }
}
