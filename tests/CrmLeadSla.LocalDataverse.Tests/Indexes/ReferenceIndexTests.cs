using CrmLeadSla.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Indexes;

public class ReferenceIndexTests
{
    private readonly Database database = new();
    private readonly EntityReference alice = new("contact", Guid.NewGuid());
    private readonly EntityReference bob = new("contact", Guid.NewGuid());

    [Fact]
    public void A_created_row_is_found_by_what_it_refers_to()
    {
        var lead = Committed(Lead(alice));
        Committed(Lead(bob));

        var found = database.RowsReferencing("lead", "parentcontactid", alice.Id);

        Assert.Equal(lead.Id, Assert.Single(found).Id);
    }

    [Fact]
    public void A_row_whose_lookup_moves_is_found_by_its_new_reference_only()
    {
        var lead = Committed(Lead(alice));
        var move = database.BeginTransaction();
        move.Update(new Entity("lead", lead.Id) { ["parentcontactid"] = bob });
        move.Commit();

        Assert.Empty(database.RowsReferencing("lead", "parentcontactid", alice.Id));
        Assert.Equal(lead.Id, Assert.Single(database.RowsReferencing("lead", "parentcontactid", bob.Id)).Id);
    }

    [Fact]
    public void A_row_whose_lookup_is_cleared_is_no_longer_found()
    {
        var lead = Committed(Lead(alice));
        var clear = database.BeginTransaction();
        clear.Update(new Entity("lead", lead.Id) { ["parentcontactid"] = null });
        clear.Commit();

        Assert.Empty(database.RowsReferencing("lead", "parentcontactid", alice.Id));
    }

    [Fact]
    public void A_deleted_row_is_no_longer_found()
    {
        var lead = Committed(Lead(alice));
        var delete = database.BeginTransaction();
        delete.Delete("lead", lead.Id);
        delete.Commit();

        Assert.Empty(database.RowsReferencing("lead", "parentcontactid", alice.Id));
    }

    [Fact]
    public void A_rolled_back_insert_never_reaches_the_index()
    {
        var insert = database.BeginTransaction();
        insert.Insert(Lead(alice));
        insert.RollBack();

        Assert.Empty(database.RowsReferencing("lead", "parentcontactid", alice.Id));
    }

    [Fact]
    public void A_rolled_back_move_leaves_the_row_under_its_old_reference()
    {
        var lead = Committed(Lead(alice));
        var move = database.BeginTransaction();
        move.Update(new Entity("lead", lead.Id) { ["parentcontactid"] = bob });
        move.RollBack();

        Assert.Equal(lead.Id, Assert.Single(database.RowsReferencing("lead", "parentcontactid", alice.Id)).Id);
        Assert.Empty(database.RowsReferencing("lead", "parentcontactid", bob.Id));
    }

    [Fact]
    public void A_transaction_sees_its_own_uncommitted_rows_and_others_do_not()
    {
        var transaction = database.BeginTransaction();
        var lead = Lead(alice);
        transaction.Insert(lead);

        Assert.Contains(transaction.RowsReferencing("lead", "parentcontactid", alice.Id), row => row.Id == lead.Id);
        Assert.Empty(database.RowsReferencing("lead", "parentcontactid", alice.Id));
    }

    [Fact]
    public void A_transaction_does_not_see_the_rows_it_deleted()
    {
        var lead = Committed(Lead(alice));
        var transaction = database.BeginTransaction();
        transaction.Delete("lead", lead.Id);

        Assert.Empty(transaction.RowsReferencing("lead", "parentcontactid", alice.Id));
    }

    private static Entity Lead(EntityReference contact) => new("lead", Guid.NewGuid()) { ["parentcontactid"] = contact };

    private Entity Committed(Entity row)
    {
        var transaction = database.BeginTransaction();
        transaction.Insert(row);
        transaction.Commit();
        return row;
    }
}
