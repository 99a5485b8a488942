using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>The solution's three roles, expanded into prv&lt;Right&gt;&lt;table&gt; privileges with their depth.</summary>
public sealed class SecurityRoleSourceTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    private static PrivilegeDepth? Depth(string role, string privilege) =>
        Solution.Roles.Single(r => r.Name == role).Privileges.SingleOrDefault(p => p.Name == privilege)?.Depth;

    [Fact]
    public void The_solution_ships_three_roles_with_their_own_ids()
    {
        Assert.Equal([LeadSlaRoles.Administrator, LeadSlaRoles.Marketing, LeadSlaRoles.Sales], Solution.Roles.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(3, Solution.Roles.Select(r => r.Id).Distinct().Count());
        Assert.All(Solution.Roles, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
    }

    /// <summary>Every table the solution adds but the two only its plug-ins write, and the lead.</summary>
    public static TheoryData<string> ConfiguredTables => new(
        Solution.Metadata.Tables.Where(t => t.IsCustom).Select(t => t.LogicalName).Except([StageTransitionSchema.EntityName, SlaClockSchema.EntityName]).Append("lead").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ConfiguredTables))]
    public void The_administrator_has_every_right_on_the_configuration_and_the_leads_organization_wide(string table)
    {
        // Organization-owned tables have no owner to assign or share.
        var owned = Solution.Metadata.FindTable(table)!.Ownership != CrmLeadSla.Solution.Metadata.TableOwnership.OrganizationOwned;
        Assert.All(
            new[] { "Create", "Read", "Write", "Delete", "Append", "AppendTo" }.Concat(owned ? ["Assign", "Share"] : []),
            right => Assert.Equal(PrivilegeDepth.Global, Depth(LeadSlaRoles.Administrator, $"prv{right}{table}")));
    }

    [Theory]
    [InlineData($"prvWrite{ScoringModelSchema.EntityName}")]
    [InlineData($"prvCreate{ScoringRuleSchema.EntityName}")]
    [InlineData($"prvWrite{SlaAgreementSchema.EntityName}")]
    [InlineData($"prvWrite{RejectionReasonSchema.EntityName}")]
    [InlineData("prvDeletelead")]
    public void Sales_cannot_change_the_scoring_configuration_agreements_or_reasons(string privilege)
    {
        Assert.Null(Depth(LeadSlaRoles.Sales, privilege));
    }

    [Theory]
    [InlineData("prvReadlead", PrivilegeDepth.Local)]
    [InlineData("prvWritelead", PrivilegeDepth.Local)]
    [InlineData($"prvRead{ScoringModelSchema.EntityName}", PrivilegeDepth.Global)]
    [InlineData($"prvRead{RejectionReasonSchema.EntityName}", PrivilegeDepth.Global)]
    [InlineData($"prvAppendTo{RejectionReasonSchema.EntityName}", PrivilegeDepth.Global)]
    [InlineData("prvCreateopportunity", PrivilegeDepth.Local)]
    public void Sales_works_the_leads_of_its_business_unit(string privilege, PrivilegeDepth depth)
    {
        Assert.Equal(depth, Depth(LeadSlaRoles.Sales, privilege));
    }

    [Theory]
    [InlineData($"prvWrite{ScoringModelSchema.EntityName}", PrivilegeDepth.Global)]
    [InlineData($"prvCreate{ScoringRuleSchema.EntityName}", PrivilegeDepth.Global)]
    [InlineData($"prvCreate{InteractionSchema.EntityName}", PrivilegeDepth.Local)]
    [InlineData("prvReadlead", PrivilegeDepth.Global)]
    [InlineData("prvWritelead", PrivilegeDepth.Basic)]
    public void Marketing_maintains_scoring_and_interactions_and_reads_the_funnel(string privilege, PrivilegeDepth depth)
    {
        Assert.Equal(depth, Depth(LeadSlaRoles.Marketing, privilege));
    }

    [Theory]
    [InlineData($"prvWrite{SlaAgreementSchema.EntityName}")]
    [InlineData($"prvWrite{RejectionReasonSchema.EntityName}")]
    [InlineData($"prvAppendTo{RejectionReasonSchema.EntityName}")]
    [InlineData($"prvWrite{StageTransitionSchema.EntityName}")]
    [InlineData("prvDeletelead")]
    public void Marketing_cannot_change_agreements_or_reject_leads(string privilege)
    {
        Assert.Null(Depth(LeadSlaRoles.Marketing, privilege));
    }

    [Theory]
    [InlineData(LeadSlaRoles.Administrator)]
    [InlineData(LeadSlaRoles.Marketing)]
    [InlineData(LeadSlaRoles.Sales)]
    public void No_role_writes_the_funnel_history_or_the_sla_clocks(string role)
    {
        // Only the solution's plug-ins write them (with the system user's service), so reports can trust them.
        var rights = new[] { "Create", "Write", "Append", "Assign" };
        Assert.All(
            new[] { StageTransitionSchema.EntityName, SlaClockSchema.EntityName }.SelectMany(t => rights.Select(r => $"prv{r}{t}")),
            privilege => Assert.Null(Depth(role, privilege)));
    }
}
