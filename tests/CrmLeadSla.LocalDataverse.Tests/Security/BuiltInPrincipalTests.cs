using CrmLeadSla.LocalDataverse.Security;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>The SYSTEM user and the System Administrator role that every organization has.</summary>
public class BuiltInPrincipalTests
{
    [Theory]
    [InlineData(AccessRight.Create)]
    [InlineData(AccessRight.Delete)]
    [InlineData(AccessRight.Assign)]
    public void SYSTEM_passes_every_check(AccessRight right)
    {
        var organization = new SecuredOrganization();
        var row = organization.Row("lead", organization.User(Marketing));

        var fault = FaultOf(() => organization.Check.Demand(organization.Model.SystemUserId, right, "lead", row));

        Assert.Null(fault);
    }

    [Fact]
    public void SYSTEM_belongs_to_the_root_business_unit()
    {
        var organization = new SecuredOrganization();

        Assert.Equal(Root, organization.Model.BusinessUnitOf(organization.Model.SystemUserId));
    }

    [Theory]
    [InlineData(AccessRight.Read, "lead")]
    [InlineData(AccessRight.Delete, "lead")]
    [InlineData(AccessRight.Share, "lead")]
    [InlineData(AccessRight.AppendTo, Interaction)]
    [InlineData(AccessRight.Write, "task")]
    [InlineData(AccessRight.Create, ScoringModel)]
    public void System_administrator_holds_every_privilege_at_global_depth(AccessRight right, string table)
    {
        var organization = new SecuredOrganization();
        var administrator = organization.User(SalesNorth);
        organization.Model.AssignRole(administrator, organization.Model.SystemAdministrator.Id);
        var row = organization.Row(table, organization.User(Marketing));

        var fault = FaultOf(() => organization.Check.Demand(administrator, right, table, row));

        Assert.Null(fault);
    }
}
