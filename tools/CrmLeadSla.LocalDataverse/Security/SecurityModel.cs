using System.Collections.Immutable;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>
/// The organization's security: business units, users, teams, security roles and who holds which role.
/// Safe to read from several threads while another changes it: every change publishes a new immutable
/// state atomically, and a check reads one state from start to end.
/// </summary>
public sealed class SecurityModel
{
    /// <summary>The role template id Dataverse gives System Administrator in every organization.</summary>
    public static readonly Guid SystemAdministratorRoleId = new("627090ff-40a3-4053-8790-584edc5be201");

    private static readonly Guid SystemPrincipalId = new("0d2e5c6a-3f1b-4e8c-9a7d-5b6c4e3f2a10");

    private OrganizationStructure structure;

    /// <summary>Creates an organization with its root business unit, the SYSTEM user and the System Administrator role.</summary>
    public SecurityModel(Guid rootBusinessUnitId, string rootBusinessUnitName)
    {
        RootBusinessUnitId = rootBusinessUnitId;
        SystemAdministrator = new SecurityRoleDefinition(SystemAdministratorRoleId, "System Administrator", []);
        structure = OrganizationStructure.WithRoot(
            new BusinessUnitEntry(rootBusinessUnitId, rootBusinessUnitName, ParentId: null),
            [CompiledRole.AllPowerful(SystemAdministrator)]);
    }

    /// <summary>The root business unit: every other unit lies below it.</summary>
    public Guid RootBusinessUnitId { get; }

    /// <summary>The built-in SYSTEM principal (plug-ins' <c>CreateOrganizationService(null)</c>): every privilege, never checked.</summary>
    public Guid SystemUserId => SystemPrincipalId;

    /// <summary>
    /// The built-in System Administrator role: every privilege at Global on every table of the metadata,
    /// including tables added later, so its privileges are not listed one by one (<see cref="SecurityRoleDefinition.Privileges"/> is empty).
    /// Assign it with <see cref="AssignRole"/> like any role.
    /// </summary>
    public SecurityRoleDefinition SystemAdministrator { get; }

    /// <summary>The state every check reads: one consistent organization.</summary>
    internal OrganizationStructure Current => Volatile.Read(ref structure);

    /// <summary>Adds a business unit below <paramref name="parentBusinessUnitId"/>.</summary>
    public void AddBusinessUnit(Guid id, string name, Guid parentBusinessUnitId) => Change(s =>
    {
        RequireNew(s, id);
        RequireBusinessUnit(s, parentBusinessUnitId);
        return s with { BusinessUnits = s.BusinessUnits.Add(id, new BusinessUnitEntry(id, name, parentBusinessUnitId)) };
    });

    /// <summary>Adds an enabled user to a business unit.</summary>
    public void AddUser(Guid id, string fullName, Guid businessUnitId) => Change(s =>
    {
        RequireNew(s, id);
        RequireBusinessUnit(s, businessUnitId);
        return s with { Users = s.Users.Add(id, new UserEntry(id, fullName, businessUnitId, IsDisabled: false)) };
    });

    /// <summary>Adds an owner team to a business unit; it can own rows and hold roles.</summary>
    public void AddTeam(Guid id, string name, Guid businessUnitId) => Change(s =>
    {
        RequireNew(s, id);
        RequireBusinessUnit(s, businessUnitId);
        return s with { Teams = s.Teams.Add(id, new TeamEntry(id, name, businessUnitId, [])) };
    });

    /// <summary>Makes a user a member of a team: the user gains the team's roles and access to the team's rows.</summary>
    public void AddTeamMember(Guid teamId, Guid userId) => Change(s =>
    {
        var team = s.Teams.TryGetValue(teamId, out var t) ? t : throw new ArgumentException($"No team with id {teamId}.", nameof(teamId));
        RequireUser(s, userId);
        return s with { Teams = s.Teams.SetItem(teamId, team with { MemberIds = team.MemberIds.Add(userId) }) };
    });

    /// <summary>Adds a security role (e.g. one of the solution's) so it can be assigned; privilege names are matched case-insensitively.</summary>
    public void AddRole(SecurityRoleDefinition role)
    {
        ArgumentNullException.ThrowIfNull(role);
        Change(s => s.Roles.ContainsKey(role.Id)
            ? throw new ArgumentException($"A role with id {role.Id} exists already.", nameof(role))
            : s with { Roles = s.Roles.Add(role.Id, CompiledRole.Of(role)) });
    }

    /// <summary>The roles that can be assigned, System Administrator included.</summary>
    public IReadOnlyList<SecurityRoleDefinition> Roles => [.. Current.Roles.Values.Select(r => r.Definition).OrderBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>Adds a role, or replaces the role with its id (a solution import): whoever holds it keeps it, with the new privileges.</summary>
    public void PutRole(SecurityRoleDefinition role)
    {
        ArgumentNullException.ThrowIfNull(role);
        Change(s => s with { Roles = s.Roles.SetItem(role.Id, CompiledRole.Of(role)) });
    }

    /// <summary>
    /// Gives a user or a team a role. A team's roles apply to its members: Basic depth reaches rows the member
    /// or any of the member's teams owns, Local and Deep depth are measured from the team's business unit.
    /// </summary>
    public void AssignRole(Guid principalId, Guid roleId) => Change(s => s.Roles.ContainsKey(roleId)
        ? s with { RoleIdsByPrincipal = Holding(s, s.RoleIdsByPrincipal, principalId, roleId) }
        : throw new ArgumentException($"No role with id {roleId}; add it first.", nameof(roleId)));

    /// <summary>
    /// Adds a field security profile: what its members may do with the secured columns it lists (a secured column a
    /// profile does not list is closed to its members).
    /// </summary>
    public void AddFieldSecurityProfile(FieldSecurityProfileDefinition profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Change(s => s.FieldSecurityProfiles.ContainsKey(profile.Id)
            ? throw new ArgumentException($"A field security profile with id {profile.Id} exists already.", nameof(profile))
            : s with { FieldSecurityProfiles = s.FieldSecurityProfiles.Add(profile.Id, profile) });
    }

    /// <summary>Adds a field security profile, or replaces the one with its id (a solution import): its members stay members.</summary>
    public void PutFieldSecurityProfile(FieldSecurityProfileDefinition profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Change(s => s with { FieldSecurityProfiles = s.FieldSecurityProfiles.SetItem(profile.Id, profile) });
    }

    /// <summary>The field security profiles, by name.</summary>
    public IReadOnlyList<FieldSecurityProfileDefinition> FieldSecurityProfiles => [.. Current.FieldSecurityProfiles.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>Makes a user or a team a member of a field security profile; a team's members hold its profiles too.</summary>
    public void AddFieldSecurityProfileMember(Guid profileId, Guid principalId) => Change(s => s.FieldSecurityProfiles.ContainsKey(profileId)
        ? s with { ProfileIdsByPrincipal = Holding(s, s.ProfileIdsByPrincipal, principalId, profileId) }
        : throw new ArgumentException($"No field security profile with id {profileId}; add it first.", nameof(profileId)));

    /// <summary>The business unit of a user or team (the root for SYSTEM).</summary>
    public Guid BusinessUnitOf(Guid userOrTeamId) =>
        userOrTeamId == SystemUserId ? RootBusinessUnitId
        : Current.BusinessUnitOf(userOrTeamId) ?? throw new ArgumentException($"No user or team with id {userOrTeamId}.", nameof(userOrTeamId));

    /// <summary>Disables a user: every call the user makes fails, whatever roles the user holds.</summary>
    public void DisableUser(Guid userId) => Change(s =>
    {
        RequireUser(s, userId);
        return s with { Users = s.Users.SetItem(userId, s.Users[userId] with { IsDisabled = true }) };
    });

    // Writers race with compare-and-swap: a change made from a stale state is recomputed on the fresh one.
    private void Change(Func<OrganizationStructure, OrganizationStructure> change)
    {
        var current = Current;
        while (true)
        {
            var next = change(current);
            var seen = Interlocked.CompareExchange(ref structure, next, current);
            if (ReferenceEquals(seen, current))
            {
                return;
            }

            current = seen;
        }
    }

    private void RequireNew(OrganizationStructure s, Guid id)
    {
        if (id == SystemUserId || s.BusinessUnits.ContainsKey(id) || s.Users.ContainsKey(id) || s.Teams.ContainsKey(id))
        {
            throw new ArgumentException($"Id {id} is taken already.", nameof(id));
        }
    }

    // What a user or team holds (roles, profiles) with one more.
    private static ImmutableDictionary<Guid, ImmutableHashSet<Guid>> Holding(
        OrganizationStructure s, ImmutableDictionary<Guid, ImmutableHashSet<Guid>> byPrincipal, Guid principalId, Guid heldId)
    {
        if (!s.Users.ContainsKey(principalId) && !s.Teams.ContainsKey(principalId))
        {
            throw new ArgumentException($"No user or team with id {principalId}.", "principalId");
        }

        var held = byPrincipal.TryGetValue(principalId, out var ids) ? ids : [];
        return byPrincipal.SetItem(principalId, held.Add(heldId));
    }

    private static void RequireBusinessUnit(OrganizationStructure s, Guid businessUnitId)
    {
        if (!s.BusinessUnits.ContainsKey(businessUnitId))
        {
            throw new ArgumentException($"No business unit with id {businessUnitId}.", nameof(businessUnitId));
        }
    }

    private static void RequireUser(OrganizationStructure s, Guid userId)
    {
        if (!s.Users.ContainsKey(userId))
        {
            throw new ArgumentException($"No user with id {userId}.", nameof(userId));
        }
    }
}
