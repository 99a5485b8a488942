using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>Create is checked against the row being created: its owner is the caller unless ownerid names another.</summary>
public class CreateTests
{
    [Fact]
    public void Creating_a_row_the_caller_will_own_passes_with_create_and_read()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvCreatelead", PrivilegeDepth.Basic), Privilege("prvReadlead", PrivilegeDepth.Basic));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Create, "lead", new Entity("lead")));

        Assert.Null(fault);
    }

    [Fact]
    public void Creating_a_row_the_caller_will_own_needs_read_too()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvCreatelead", PrivilegeDepth.Global));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Create, "lead", new Entity("lead")));

        Assert.Contains("is missing prvReadlead privilege", fault?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creating_a_row_for_another_owner_needs_assign()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvCreatelead", PrivilegeDepth.Local), Privilege("prvReadlead", PrivilegeDepth.Local));
        var lead = organization.NewRowFor("lead", organization.User(Sales));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Create, "lead", lead));

        Assert.Contains("is missing prvAssignlead privilege", fault?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creating_a_row_for_a_colleague_of_the_unit_passes_with_local_create_and_assign()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvCreatelead", PrivilegeDepth.Local), Privilege("prvAssignlead", PrivilegeDepth.Basic));
        var lead = organization.NewRowFor("lead", organization.User(Sales));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Create, "lead", lead));

        Assert.Null(fault);
    }

    [Fact]
    public void Basic_create_does_not_reach_a_row_owned_by_a_colleague()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvCreatelead", PrivilegeDepth.Basic), Privilege("prvAssignlead", PrivilegeDepth.Global));
        var lead = organization.NewRowFor("lead", organization.User(Sales));

        var fault = FaultOf(() => organization.Check.Demand(user, AccessRight.Create, "lead", lead));

        Assert.Equal(SecurityErrorCodes.AccessDenied, fault?.ErrorCode);
        Assert.Contains("CreateAccess", fault?.Message, StringComparison.Ordinal);
    }
}
