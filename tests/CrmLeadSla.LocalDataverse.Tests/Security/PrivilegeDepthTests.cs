using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Registration;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>Basic, Local, Deep and Global reach exactly the rows Dataverse's access levels reach.</summary>
public class PrivilegeDepthTests
{
    /// <summary>Whose lead the caller (a user in Sales) touches.</summary>
    public enum RowOf
    {
        Caller,
        ColleagueInSales,
        UserInSalesNorth,
        UserAtRoot,
        UserInMarketing,
    }

    // Dataverse's access levels: Basic = own rows, Local = own unit, Deep = own unit and below, Global = all.
    private static readonly (PrivilegeDepth Depth, RowOf Row, bool Reached)[] Reach =
    [
        (PrivilegeDepth.Basic, RowOf.Caller, true),
        (PrivilegeDepth.Basic, RowOf.ColleagueInSales, false),
        (PrivilegeDepth.Basic, RowOf.UserInSalesNorth, false),
        (PrivilegeDepth.Basic, RowOf.UserAtRoot, false),
        (PrivilegeDepth.Basic, RowOf.UserInMarketing, false),
        (PrivilegeDepth.Local, RowOf.Caller, true),
        (PrivilegeDepth.Local, RowOf.ColleagueInSales, true),
        (PrivilegeDepth.Local, RowOf.UserInSalesNorth, false),
        (PrivilegeDepth.Local, RowOf.UserAtRoot, false),
        (PrivilegeDepth.Local, RowOf.UserInMarketing, false),
        (PrivilegeDepth.Deep, RowOf.Caller, true),
        (PrivilegeDepth.Deep, RowOf.ColleagueInSales, true),
        (PrivilegeDepth.Deep, RowOf.UserInSalesNorth, true),
        (PrivilegeDepth.Deep, RowOf.UserAtRoot, false),
        (PrivilegeDepth.Deep, RowOf.UserInMarketing, false),
        (PrivilegeDepth.Global, RowOf.Caller, true),
        (PrivilegeDepth.Global, RowOf.ColleagueInSales, true),
        (PrivilegeDepth.Global, RowOf.UserInSalesNorth, true),
        (PrivilegeDepth.Global, RowOf.UserAtRoot, true),
        (PrivilegeDepth.Global, RowOf.UserInMarketing, true),
    ];

    public static TheoryData<AccessRight, PrivilegeDepth, RowOf, bool> ReachOfEveryRight()
    {
        var data = new TheoryData<AccessRight, PrivilegeDepth, RowOf, bool>();
        foreach (var right in new[] { AccessRight.Read, AccessRight.Write, AccessRight.Delete })
        {
            foreach (var (depth, row, reached) in Reach)
            {
                data.Add(right, depth, row, reached);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReachOfEveryRight))]
    public void A_privilege_reaches_exactly_the_rows_of_its_depth(AccessRight right, PrivilegeDepth depth, RowOf rowOf, bool reached)
    {
        var organization = new SecuredOrganization();
        var caller = organization.User(Sales, Privilege($"prv{right}lead", depth));
        var ownerId = rowOf switch
        {
            RowOf.Caller => caller,
            RowOf.ColleagueInSales => organization.User(Sales),
            RowOf.UserInSalesNorth => organization.User(SalesNorth),
            RowOf.UserAtRoot => organization.User(Root),
            _ => organization.User(Marketing),
        };
        var row = organization.Row("lead", ownerId);

        var fault = FaultOf(() => organization.Check.Demand(caller, right, "lead", row));

        Assert.Equal(reached, fault is null);
    }

    [Fact]
    public void A_privilege_that_does_not_reach_the_row_fails_the_access_check()
    {
        var organization = new SecuredOrganization();
        var caller = organization.User(Sales, Privilege("prvWritelead", PrivilegeDepth.Basic));
        var row = organization.Row("lead", organization.User(Sales));

        var fault = FaultOf(() => organization.Check.Demand(caller, AccessRight.Write, "lead", row));

        Assert.Equal(SecurityErrorCodes.AccessDenied, fault?.ErrorCode);
        Assert.Equal($"Principal with id {caller} does not have WriteAccess right(s) for record with id {row.Id} of entity lead.", fault?.Message);
    }

    [Fact]
    public void Owning_a_row_in_another_business_unit_is_reached_at_basic_depth()
    {
        var organization = new SecuredOrganization();
        var caller = organization.User(Sales, Privilege("prvReadlead", PrivilegeDepth.Basic));
        var row = organization.Row("lead", caller);
        row["owningbusinessunit"] = new Microsoft.Xrm.Sdk.EntityReference("businessunit", Marketing);

        Assert.True(organization.Check.CanRead(caller, "lead", row));
    }

    [Fact]
    public void Query_keeps_only_the_rows_the_caller_can_read()
    {
        var organization = new SecuredOrganization();
        var caller = organization.User(Sales, Privilege("prvReadlead", PrivilegeDepth.Local));
        var inSales = organization.Row("lead", organization.User(Sales));
        var inMarketing = organization.Row("lead", organization.User(Marketing));

        var kept = new[] { inSales, inMarketing }.Where(row => organization.Check.CanRead(caller, "lead", row));

        Assert.Equal([inSales.Id], kept.Select(row => row.Id));
    }

    [Fact]
    public void A_query_without_a_row_checks_only_that_the_privilege_is_held()
    {
        var organization = new SecuredOrganization();
        var caller = organization.User(Sales, Privilege("prvReadlead", PrivilegeDepth.Basic));

        var fault = FaultOf(() => organization.Check.Demand(caller, AccessRight.Read, "lead", row: null));

        Assert.Null(fault);
    }
}
