using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

public class LookupPrivilegeTests
{
    private static RoleBuilder Seller(bool append, bool appendTo)
    {
        var role = new RoleBuilder("Seller")
            .Grants("lead", PrivilegeDepth.Global, "Create", "Read", "Write")
            .Grants("account", PrivilegeDepth.Global, "Create", "Read");
        return role
            .Grants("lead", PrivilegeDepth.Global, append ? ["Append"] : [])
            .Grants("account", PrivilegeDepth.Global, appendTo ? ["AppendTo"] : []);
    }

    private static (LocalOrganization Organization, IOrganizationService Service, Guid Account) Arrange(RoleBuilder role)
    {
        var organization = new OrganizationBuilder().WithRole(role.Build()).Build();
        var service = organization.ServiceFor(organization.CreateUser("Seller", roleIds: role.Id));
        return (organization, service, service.Create(new Entity("account")));
    }

    [Fact]
    public void Setting_a_lookup_needs_append_on_the_row_written()
    {
        var (_, service, account) = Arrange(Seller(append: false, appendTo: true));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => service.Create(new Entity("lead") { ["parentaccountid"] = new EntityReference("account", account) }));

        Assert.Contains("prvAppendlead", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_a_lookup_needs_append_to_on_the_row_pointed_at()
    {
        var (_, service, account) = Arrange(Seller(append: true, appendTo: false));
        var lead = service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => service.Update(new Entity("lead", lead) { ["parentaccountid"] = new EntityReference("account", account) }));

        Assert.Contains("prvAppendToaccount", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_a_lookup_with_append_and_append_to_succeeds()
    {
        var (organization, service, account) = Arrange(Seller(append: true, appendTo: true));

        var lead = service.Create(new Entity("lead") { ["parentaccountid"] = new EntityReference("account", account) });

        Assert.Equal(account, organization.Database.Find("lead", lead)!.GetAttributeValue<EntityReference>("parentaccountid").Id);
    }
}
