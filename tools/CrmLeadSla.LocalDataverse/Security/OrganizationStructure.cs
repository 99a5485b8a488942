using System.Collections.Immutable;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>A business unit; the root has no parent.</summary>
internal sealed record BusinessUnitEntry(Guid Id, string Name, Guid? ParentId);

/// <summary>A user (systemuser) in its business unit.</summary>
internal sealed record UserEntry(Guid Id, string FullName, Guid BusinessUnitId, bool IsDisabled);

/// <summary>An owner team in its business unit, with its members.</summary>
internal sealed record TeamEntry(Guid Id, string Name, Guid BusinessUnitId, ImmutableHashSet<Guid> MemberIds);

/// <summary>
/// One immutable state of the organization's security: business units, users, teams, roles and who holds which role.
/// Every change builds a new structure, so a check that reads one structure sees a consistent organization
/// while other threads change it.
/// </summary>
internal sealed record OrganizationStructure(
    ImmutableDictionary<Guid, BusinessUnitEntry> BusinessUnits,
    ImmutableDictionary<Guid, UserEntry> Users,
    ImmutableDictionary<Guid, TeamEntry> Teams,
    ImmutableDictionary<Guid, CompiledRole> Roles,
    ImmutableDictionary<Guid, ImmutableHashSet<Guid>> RoleIdsByPrincipal)
{
    /// <summary>An organization with only its root business unit and the given built-in roles.</summary>
    public static OrganizationStructure WithRoot(BusinessUnitEntry root, IEnumerable<CompiledRole> builtInRoles) => new(
        ImmutableDictionary<Guid, BusinessUnitEntry>.Empty.Add(root.Id, root),
        ImmutableDictionary<Guid, UserEntry>.Empty,
        ImmutableDictionary<Guid, TeamEntry>.Empty,
        builtInRoles.ToImmutableDictionary(r => r.Definition.Id),
        ImmutableDictionary<Guid, ImmutableHashSet<Guid>>.Empty);

    /// <summary>The field security profiles of the organization, by id.</summary>
    public ImmutableDictionary<Guid, FieldSecurityProfileDefinition> FieldSecurityProfiles { get; init; } = ImmutableDictionary<Guid, FieldSecurityProfileDefinition>.Empty;

    /// <summary>The field security profiles each user or team is a member of.</summary>
    public ImmutableDictionary<Guid, ImmutableHashSet<Guid>> ProfileIdsByPrincipal { get; init; } = ImmutableDictionary<Guid, ImmutableHashSet<Guid>>.Empty;

    /// <summary>The field security profiles a user or team is a member of directly.</summary>
    public IEnumerable<FieldSecurityProfileDefinition> ProfilesOf(Guid principalId) =>
        ProfileIdsByPrincipal.TryGetValue(principalId, out var profileIds) ? profileIds.Select(id => FieldSecurityProfiles[id]) : [];

    /// <summary>The roles assigned directly to a user or team.</summary>
    public IEnumerable<CompiledRole> RolesOf(Guid principalId) =>
        RoleIdsByPrincipal.TryGetValue(principalId, out var roleIds) ? roleIds.Select(id => Roles[id]) : [];

    /// <summary>The teams the user is a member of.</summary>
    public IEnumerable<TeamEntry> TeamsOf(Guid userId) => Teams.Values.Where(t => t.MemberIds.Contains(userId));

    /// <summary>The business unit of a user or team, or null when neither is known.</summary>
    public Guid? BusinessUnitOf(Guid principalId) =>
        Users.TryGetValue(principalId, out var user) ? user.BusinessUnitId
        : Teams.TryGetValue(principalId, out var team) ? team.BusinessUnitId
        : null;

    /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public bool IsAtOrBelow(Guid unitId, Guid ancestorId)
    {
        for (Guid? current = unitId; current is { } id; current = BusinessUnits.TryGetValue(id, out var unit) ? unit.ParentId : null)
        {
            if (id == ancestorId)
            {
                return true;
            }
        }

        return false;
    }
}
