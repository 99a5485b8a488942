using CrmLeadSla.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Storage;

public class RowCopyTests
{
    private readonly Database database = new();

    [Fact]
    public void Changing_an_inserted_entity_afterwards_does_not_change_the_stored_row()
    {
        var id = Guid.NewGuid();
        var lead = new Entity("lead", id) { ["parentaccountid"] = new EntityReference("account", Guid.NewGuid()) };
        var transaction = database.BeginTransaction();
        transaction.Insert(lead);
        transaction.Commit();

        lead.GetAttributeValue<EntityReference>("parentaccountid").Id = Guid.Empty;

        Assert.NotEqual(Guid.Empty, database.Find("lead", id)!.GetAttributeValue<EntityReference>("parentaccountid").Id);
    }

    [Fact]
    public void Changing_a_read_row_does_not_change_the_stored_row()
    {
        var id = Guid.NewGuid();
        var transaction = database.BeginTransaction();
        transaction.Insert(new Entity("lead", id) { ["industrycode"] = new OptionSetValue(1) });
        transaction.Commit();

        database.Find("lead", id)!.GetAttributeValue<OptionSetValue>("industrycode").Value = 2;

        Assert.Equal(1, database.Find("lead", id)!.GetAttributeValue<OptionSetValue>("industrycode").Value);
    }
}
