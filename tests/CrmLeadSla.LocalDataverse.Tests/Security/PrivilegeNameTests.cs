using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Registration;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>How a role's privilege names are matched to the privilege a call needs.</summary>
public class PrivilegeNameTests
{
    [Theory]
    [InlineData("prvReadlead")]
    [InlineData("prvReadLead")]
    [InlineData("PRVREADLEAD")]
    public void Privilege_names_match_whatever_their_case(string privilegeName)
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege(privilegeName, PrivilegeDepth.Basic));

        Assert.True(organization.Check.CanRead(user, "lead", organization.Row("lead", user)));
    }

    [Fact]
    public void A_standard_activity_table_has_privileges_of_its_own()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvReadtask", PrivilegeDepth.Basic));

        Assert.True(organization.Check.CanRead(user, "task", organization.Row("task", user)));
    }

    [Fact]
    public void A_privilege_listed_twice_grants_its_wider_depth()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvReadlead", PrivilegeDepth.Basic), Privilege("prvReadLead", PrivilegeDepth.Global));

        Assert.True(organization.Check.CanRead(user, "lead", organization.Row("lead", organization.User(Marketing))));
    }
}
