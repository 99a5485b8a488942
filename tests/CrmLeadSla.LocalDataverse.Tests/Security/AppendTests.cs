using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Registration;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>Setting a lookup needs Append on the row written and AppendTo on the row it points at.</summary>
public class AppendTests
{
    [Fact]
    public void Setting_a_lookup_with_append_and_append_to_passes()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(
            Sales, Privilege("prvAppend" + Interaction, PrivilegeDepth.Basic), Privilege("prvAppendTolead", PrivilegeDepth.Local));
        var interaction = organization.Row(Interaction, user);
        var lead = organization.Row("lead", organization.User(Sales));

        var fault = FaultOf(() => organization.Check.DemandAppend(user, Interaction, interaction, lead));

        Assert.Null(fault);
    }

    [Fact]
    public void Setting_a_lookup_without_append_on_the_written_row_is_refused()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvAppendTolead", PrivilegeDepth.Global));
        var interaction = organization.Row(Interaction, user);
        var lead = organization.Row("lead", user);

        var fault = FaultOf(() => organization.Check.DemandAppend(user, Interaction, interaction, lead));

        Assert.Contains($"is missing prvAppend{Interaction} privilege", fault?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_a_lookup_without_append_to_on_the_target_is_refused()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvAppend" + Interaction, PrivilegeDepth.Global));
        var interaction = organization.Row(Interaction, user);
        var lead = organization.Row("lead", user);

        var fault = FaultOf(() => organization.Check.DemandAppend(user, Interaction, interaction, lead));

        Assert.Contains("is missing prvAppendTolead privilege", fault?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_to_must_reach_the_target_row()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(
            Sales, Privilege("prvAppend" + Interaction, PrivilegeDepth.Global), Privilege("prvAppendTolead", PrivilegeDepth.Basic));
        var interaction = organization.Row(Interaction, user);
        var colleaguesLead = organization.Row("lead", organization.User(Sales));

        var fault = FaultOf(() => organization.Check.DemandAppend(user, Interaction, interaction, colleaguesLead));

        Assert.Equal(SecurityErrorCodes.AccessDenied, fault?.ErrorCode);
        Assert.Contains("AppendToAccess", fault?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Associating_two_rows_needs_append_on_both()
    {
        var organization = new SecuredOrganization();
        var user = organization.User(Sales, Privilege("prvAppendlead", PrivilegeDepth.Global));
        var lead = organization.Row("lead", user);
        var interaction = organization.Row(Interaction, user);

        var fault = FaultOf(() => organization.Check.DemandAssociate(user, lead, interaction));

        Assert.Contains($"is missing prvAppend{Interaction} privilege", fault?.Message, StringComparison.Ordinal);
    }
}
