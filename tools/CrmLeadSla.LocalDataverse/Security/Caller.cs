using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>A role held by a caller, directly or through a team, with the business unit its depth is measured from.</summary>
internal readonly record struct RoleHolding(CompiledRole Role, Guid BusinessUnitId);

/// <summary>A privilege a caller holds at one depth, measured from one business unit.</summary>
internal readonly record struct PrivilegeGrant(PrivilegeDepth Depth, Guid BusinessUnitId);

/// <summary>A calling user with the teams the user belongs to and every role the user holds through them.</summary>
internal sealed class Caller
{
    private readonly HashSet<Guid> ownIds;

    /// <summary>Gathers the user's teams and roles from <paramref name="organization"/>.</summary>
    public Caller(UserEntry user, OrganizationStructure organization)
    {
        Organization = organization;
        User = user;
        var teams = organization.TeamsOf(user.Id).ToList();

        // What Basic depth reaches as the caller's own: rows the user or one of the user's teams owns; of the
        // business-owned tables, the user's own systemuser row, the user's teams and the user's business unit.
        ownIds = [user.Id, .. teams.Select(t => t.Id), user.BusinessUnitId];

        // A user's own roles reach from the user's unit; a team's roles reach from the team's unit.
        Holdings =
        [
            .. organization.RolesOf(user.Id).Select(role => new RoleHolding(role, user.BusinessUnitId)),
            .. teams.SelectMany(team => organization.RolesOf(team.Id).Select(role => new RoleHolding(role, team.BusinessUnitId))),
        ];

        // A member of a team holds the team's field security profiles as the user's own.
        FieldPermissions =
        [
            .. organization.ProfilesOf(user.Id).Concat(teams.SelectMany(team => organization.ProfilesOf(team.Id))).SelectMany(profile => profile.Permissions),
        ];
    }

    /// <summary>The enabled user <paramref name="userId"/> as a caller, or the fault Dataverse gives for an unknown or disabled user.</summary>
    public static Caller Of(OrganizationStructure organization, Guid userId)
    {
        var user = organization.Users.TryGetValue(userId, out var found) ? found : throw SecurityFaults.UnknownUser(userId);
        return user.IsDisabled ? throw SecurityFaults.UserNotEnabled(userId) : new Caller(user, organization);
    }

    /// <summary>The organization as it stood when the call began; every check of the call reads this one state.</summary>
    public OrganizationStructure Organization { get; }

    /// <summary>The user.</summary>
    public UserEntry User { get; }

    /// <summary>Every role the user holds, directly or through a team.</summary>
    public IReadOnlyList<RoleHolding> Holdings { get; }

    /// <summary>What the field security profiles of the user and of the user's teams allow, column by column.</summary>
    public IReadOnlyList<FieldPermission> FieldPermissions { get; }

    /// <summary>True when the user holds System Administrator, directly or through a team: every secured column is open to the role.</summary>
    public bool IsSystemAdministrator => Holdings.Any(h => h.Role.HoldsEveryPrivilege);

    /// <summary>The grants of <paramref name="privilegeName"/> across the caller's roles; empty when no role has it.</summary>
    public IEnumerable<PrivilegeGrant> GrantsOf(string privilegeName) =>
        Holdings
            .Select(h => (Depth: h.Role.DepthOf(privilegeName), h.BusinessUnitId))
            .Where(g => g.Depth is not null)
            .Select(g => new PrivilegeGrant(g.Depth!.Value, g.BusinessUnitId));

    /// <summary>
    /// True when the grant reaches the row. Owning the row (or being in the team that owns it; for a business-owned row,
    /// being the user, a member of the team or in the unit the row is) is enough at any depth;
    /// beyond that Local reaches the grant's unit, Deep that unit and every unit below it, Global every row.
    /// </summary>
    public bool Reaches(PrivilegeGrant grant, RowOwner row) =>
        ownIds.Contains(row.OwnerId)
        || grant.Depth switch
        {
            PrivilegeDepth.Global => true,
            PrivilegeDepth.Deep => row.BusinessUnitId is { } unit && Organization.IsAtOrBelow(unit, grant.BusinessUnitId),
            PrivilegeDepth.Local => row.BusinessUnitId == grant.BusinessUnitId,
            _ => false,
        };
}
