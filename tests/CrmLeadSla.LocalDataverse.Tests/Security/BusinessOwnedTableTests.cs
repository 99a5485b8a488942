using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>
/// systemuser, team and businessunit are business-owned: their rows have no owner, and depth is measured from the
/// business unit the row lies in (a businessunit row is its own unit). Basic reaches only the caller's own row.
/// </summary>
public class BusinessOwnedTableTests
{
    private readonly SecuredOrganization organization = new();

    [Fact]
    public void Basic_read_reaches_the_users_own_systemuser_row()
    {
        var user = organization.User(Sales, Privilege("prvReadsystemuser", PrivilegeDepth.Basic));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, "systemuser", organization.PrincipalRow(user)));

        Assert.Null(fault);
    }

    [Fact]
    public void Basic_read_does_not_reach_another_user_of_the_same_business_unit()
    {
        var user = organization.User(Sales, Privilege("prvReadsystemuser", PrivilegeDepth.Basic));
        var colleague = organization.User(Sales);

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, "systemuser", organization.PrincipalRow(colleague)));

        Assert.Equal(SecurityErrorCodes.AccessDenied, fault?.ErrorCode);
    }

    [Fact]
    public void Local_write_reaches_users_of_the_same_business_unit()
    {
        var user = organization.User(Sales, Privilege("prvWritesystemuser", PrivilegeDepth.Local));
        var colleague = organization.User(Sales);

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Write, "systemuser", organization.PrincipalRow(colleague)));

        Assert.Null(fault);
    }

    [Fact]
    public void Local_write_does_not_reach_users_of_another_business_unit()
    {
        var user = organization.User(Sales, Privilege("prvWritesystemuser", PrivilegeDepth.Local));
        var marketer = organization.User(Marketing);

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Write, "systemuser", organization.PrincipalRow(marketer)));

        Assert.Equal(SecurityErrorCodes.AccessDenied, fault?.ErrorCode);
    }

    [Fact]
    public void Deep_read_reaches_teams_of_child_business_units()
    {
        var user = organization.User(Sales, Privilege("prvReadteam", PrivilegeDepth.Deep));
        var team = organization.Team(SalesNorth);

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, "team", organization.PrincipalRow(team)));

        Assert.Null(fault);
    }

    [Fact]
    public void Basic_read_reaches_a_team_the_user_is_a_member_of()
    {
        var user = organization.User(Sales, Privilege("prvReadteam", PrivilegeDepth.Basic));
        var team = organization.Team(Marketing);
        organization.Model.AddTeamMember(team, user);

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, "team", organization.PrincipalRow(team)));

        Assert.Null(fault);
    }

    [Fact]
    public void Basic_read_of_business_units_reaches_the_users_own_unit()
    {
        var user = organization.User(Sales, Privilege("prvReadbusinessunit", PrivilegeDepth.Basic));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, "businessunit", new Entity("businessunit", Sales)));

        Assert.Null(fault);
    }

    [Fact]
    public void Local_read_of_business_units_does_not_reach_a_child_unit()
    {
        var user = organization.User(Sales, Privilege("prvReadbusinessunit", PrivilegeDepth.Local));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, "businessunit", new Entity("businessunit", SalesNorth)));

        Assert.Equal(SecurityErrorCodes.AccessDenied, fault?.ErrorCode);
    }

    [Fact]
    public void Creating_a_user_in_another_business_unit_needs_a_depth_that_reaches_it()
    {
        var user = organization.User(Sales, Privilege("prvCreatesystemuser", PrivilegeDepth.Local));
        var newUser = new Entity("systemuser", Guid.NewGuid()) { ["businessunitid"] = new EntityReference("businessunit", Marketing) };

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Create, "systemuser", newUser));

        Assert.Equal(SecurityErrorCodes.AccessDenied, fault?.ErrorCode);
    }
}
