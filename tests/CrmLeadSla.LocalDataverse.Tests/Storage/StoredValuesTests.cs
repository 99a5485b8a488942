using CrmLeadSla.LocalDataverse.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Storage;

/// <summary>Stored rows share equal values to stay small; no reader can tell.</summary>
public class StoredValuesTests
{
    private readonly LocalOrganization organization = new OrganizationBuilder().Build();

    private IOrganizationService Service => organization.ServiceFor(organization.AdminUserId);

    [Fact]
    public void Changing_a_lookup_one_read_returned_changes_no_other_row_that_names_the_same_record()
    {
        var account = Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var first = Service.Create(new Entity("lead") { ["subject"] = "one", ["parentaccountid"] = new EntityReference("account", account) });
        var second = Service.Create(new Entity("lead") { ["subject"] = "two", ["parentaccountid"] = new EntityReference("account", account) });

        var read = Service.Retrieve("lead", first, new ColumnSet("parentaccountid"));
        read.GetAttributeValue<EntityReference>("parentaccountid").Id = Guid.NewGuid();
        organization.Database.Find("lead", first)!.GetAttributeValue<EntityReference>("parentaccountid").LogicalName = "contact";

        Assert.Equal(account, Service.Retrieve("lead", second, new ColumnSet("parentaccountid")).GetAttributeValue<EntityReference>("parentaccountid").Id);
        Assert.Equal("account", organization.Database.Find("lead", first)!.GetAttributeValue<EntityReference>("parentaccountid").LogicalName);
    }

    [Fact]
    public void A_column_set_to_nothing_is_stored_as_absent_and_reads_as_null()
    {
        var account = Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var lead = Service.Create(new Entity("lead") { ["subject"] = "to clear", ["parentaccountid"] = new EntityReference("account", account) });

        Service.Update(new Entity("lead", lead) { ["parentaccountid"] = null });

        Assert.False(organization.Database.Find("lead", lead)!.Contains("parentaccountid"));
        Assert.Null(Service.Retrieve("lead", lead, new ColumnSet("parentaccountid")).GetAttributeValue<EntityReference>("parentaccountid"));
    }
}
