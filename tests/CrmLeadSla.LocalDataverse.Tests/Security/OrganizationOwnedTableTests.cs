using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>Organization-owned rows have no owner: holding the privilege at any depth is enough.</summary>
public class OrganizationOwnedTableTests
{
    [Fact]
    public void Basic_depth_reaches_every_row_of_an_organization_owned_table()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Marketing, Privilege("prvWrite" + ScoringModel, PrivilegeDepth.Basic));
        var model = new Entity(ScoringModel, Guid.NewGuid());

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Write, ScoringModel, model));

        Assert.Null(fault);
    }

    [Fact]
    public void An_organization_owned_table_without_the_privilege_is_refused()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Marketing, Privilege("prvRead" + ScoringModel, PrivilegeDepth.Global));
        var model = new Entity(ScoringModel, Guid.NewGuid());

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Delete, ScoringModel, model));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault?.ErrorCode);
    }

    [Fact]
    public void Creating_an_organization_owned_row_needs_only_the_create_privilege()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Marketing, Privilege("prvCreate" + ScoringModel, PrivilegeDepth.Global));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Create, ScoringModel, new Entity(ScoringModel)));

        Assert.Null(fault);
    }
}
