using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Registration;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>The privilege check: a caller without the privilege gets Dataverse's PrivilegeDenied fault.</summary>
public class PrivilegeFaultTests
{
    [Theory]
    [InlineData(AccessRight.Create)]
    [InlineData(AccessRight.Read)]
    [InlineData(AccessRight.Write)]
    [InlineData(AccessRight.Delete)]
    [InlineData(AccessRight.Append)]
    [InlineData(AccessRight.AppendTo)]
    [InlineData(AccessRight.Assign)]
    [InlineData(AccessRight.Share)]
    public void A_user_without_a_role_is_refused_every_call(AccessRight right)
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales);

        var fault = FaultOf(() => organization.Check.Demand(user, right, "lead", organization.Row("lead", user)));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault?.ErrorCode);
    }

    [Fact]
    public void The_fault_names_the_missing_privilege_and_the_table()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvWritelead", PrivilegeDepth.Global));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, "lead", row: null));

        Assert.Matches(
            $@"^Principal user \(Id={user}, type=8, roleCount=1, privilegeCount=1, accessMode='0 Read-Write', businessUnitId={Sales}\), "
            + @"is missing prvReadlead privilege \(Id=[0-9a-f-]{36}\) on OTC=4 for entity 'lead' \(LocalizedName='Lead'\)\. "
            + $@"context\.Caller={user}\. ",
            fault?.Message);
    }

    [Fact]
    public void A_privilege_of_another_table_does_not_count()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvRead" + Interaction, PrivilegeDepth.Global));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, "lead", row: null));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault?.ErrorCode);
    }

    [Fact]
    public void Custom_tables_are_numbered_from_ten_thousand_in_the_fault()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales);

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Read, Interaction, row: null));

        Assert.Contains($"on OTC=10000 for entity '{Interaction}'.", fault?.Message, StringComparison.Ordinal);
    }
}
