using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Registration;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>Owner teams: members gain the team's roles and reach the rows the team owns.</summary>
public class TeamTests
{
    [Fact]
    public void A_team_member_holds_the_roles_of_the_team()
    {
        var organization = new SecuredOrganization();
        var team = organization.Team(Sales, Privilege("prvReadlead", PrivilegeDepth.Local));
        var member = organization.User(Sales);
        organization.Model.AddTeamMember(team, member);
        var row = organization.Row("lead", organization.User(Sales));

        Assert.True(organization.Check.CanRead(member, "lead", row));
    }

    [Fact]
    public void A_user_outside_the_team_does_not_hold_its_roles()
    {
        var organization = new SecuredOrganization();
        organization.Team(Sales, Privilege("prvReadlead", PrivilegeDepth.Local));
        var outsider = organization.User(Sales);
        var row = organization.Row("lead", organization.User(Sales));

        Assert.False(organization.Check.CanRead(outsider, "lead", row));
    }

    [Fact]
    public void Basic_depth_reaches_rows_owned_by_a_team_of_the_user()
    {
        var organization = new SecuredOrganization();
        var team = organization.Team(Marketing);
        var member = organization.User(Sales, Privilege("prvWritelead", PrivilegeDepth.Basic));
        organization.Model.AddTeamMember(team, member);
        var teamRow = organization.Row("lead", team);

        var fault = FaultOf(() => organization.Check.Demand(member, AccessRight.Write, "lead", teamRow));

        Assert.Null(fault);
    }

    [Fact]
    public void Basic_depth_does_not_reach_rows_of_a_team_the_user_is_not_in()
    {
        var organization = new SecuredOrganization();
        var team = organization.Team(Sales);
        var user = organization.User(Sales, Privilege("prvWritelead", PrivilegeDepth.Basic));
        var teamRow = organization.Row("lead", team);

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Write, "lead", teamRow));

        Assert.Equal(SecurityErrorCodes.AccessDenied, fault?.ErrorCode);
    }

    [Fact]
    public void A_team_role_at_basic_depth_reaches_the_teams_rows()
    {
        var organization = new SecuredOrganization();
        var team = organization.Team(Sales, Privilege("prvDeletelead", PrivilegeDepth.Basic));
        var member = organization.User(Sales);
        organization.Model.AddTeamMember(team, member);
        var teamRow = organization.Row("lead", team);

        var fault = FaultOf(() => organization.Check.Demand(member, AccessRight.Delete, "lead", teamRow));

        Assert.Null(fault);
    }

    [Fact]
    public void A_team_role_at_local_depth_reaches_the_business_unit_of_the_team()
    {
        var organization = new SecuredOrganization();
        var team = organization.Team(Marketing, Privilege("prvReadlead", PrivilegeDepth.Local));
        var member = organization.User(Sales);
        organization.Model.AddTeamMember(team, member);

        Assert.True(organization.Check.CanRead(member, "lead", organization.Row("lead", organization.User(Marketing))));
        Assert.False(organization.Check.CanRead(member, "lead", organization.Row("lead", organization.User(Sales))));
    }
}
