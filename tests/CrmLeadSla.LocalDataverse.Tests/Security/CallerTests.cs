using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Registration;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>Only enabled users of the organization can call.</summary>
public class CallerTests
{
    [Fact]
    public void A_disabled_user_is_refused_whatever_roles_the_user_holds()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvReadlead", PrivilegeDepth.Global));
        organization.Model.DisableUser(user);

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, "lead", row: null));

        Assert.Equal(SecurityErrorCodes.UserNotEnabled, fault?.ErrorCode);
        Assert.Equal($"The specified user(Id = {user}) is disabled. Consider enabling this user.", fault?.Message);
    }

    [Fact]
    public void A_disabled_user_reads_no_rows()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvReadlead", PrivilegeDepth.Global));
        var row = organization.Row("lead", user);
        organization.Model.DisableUser(user);

        Assert.False(organization.Check.CanRead(user, "lead", row));
    }

    [Fact]
    public void A_caller_the_organization_does_not_know_is_refused()
    {
        var organization = new SecuredOrganization();
        var stranger = Guid.NewGuid();

        var fault = FaultOf(() => organization.Check.Demand(stranger, AccessRight.Read, "lead", row: null));

        Assert.Equal(SecurityErrorCodes.ObjectDoesNotExist, fault?.ErrorCode);
    }
}
